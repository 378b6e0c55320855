package org.caseload.ticketing.internal;

import java.time.Instant;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.TicketContact;
import org.caseload.spi.storage.TicketContext;
import org.caseload.spi.storage.TicketNoteRecord;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStatus;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketSource;

/** Converts between the public commands and results and the stored records. Stateless. */
final class TicketMapper {

    private TicketMapper() {
    }

    /** A new submitted ticket of the reporter's organization, before the store gives it a version. */
    static TicketRecord newTicket(String id, SubmitTicket command, Principal reporter, Instant now) {
        TicketSource source = command.source();
        ReporterContact contact = command.contact();
        return new TicketRecord(id, reporter.organizationId(), reporter.userId(), command.kind(),
                TicketStatus.SUBMITTED, command.description(),
                new TicketContext(source.screenId(), absentIfBlank(source.formId()),
                        absentIfBlank(source.applicationVersion())),
                new TicketContact(contact.name(), absentIfBlank(contact.email()), absentIfBlank(contact.phone()),
                        contact.preferredMethod()),
                now, now, 0);
    }

    static Ticket toTicket(TicketRecord record) {
        TicketContext context = record.context();
        TicketContact contact = record.contact();
        return new Ticket(record.id(), record.organizationId(), record.reporterUserId(), record.kind(),
                record.status(), record.description(), context.screenId(), context.formId(),
                context.applicationVersion(), contact.name(), contact.email(), contact.phone(),
                contact.preferredMethod(), record.createdAt(), record.updatedAt(), record.version());
    }

    static TicketNote toNote(TicketNoteRecord record) {
        return new TicketNote(record.id(), record.authorName(), record.visibility(), record.origin(),
                record.text(), record.createdAt());
    }

    private static String absentIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
