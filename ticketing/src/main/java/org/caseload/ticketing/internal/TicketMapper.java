// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.Instant;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact;
import org.caseload.spi.storage.tickets.TicketContext;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketIdempotencyKey;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ScreenshotType;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketEvent;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketSource;

/** Converts between the public commands and results and the stored records. Stateless. */
final class TicketMapper {

    private TicketMapper() {
    }

    /**
     * A new submitted ticket of the reporter's organization, before the store gives it a version.
     *
     * @param screenshotType the type of the command's screenshot; null when it has none
     * @param idempotencyKey the submission's key; null when it has none
     */
    static TicketRecord newTicket(String id, SubmitTicket command, Principal reporter, ScreenshotType screenshotType,
                                  TicketIdempotencyKey idempotencyKey, Instant now) {
        TicketSource source = command.source();
        ReporterContact contact = command.contact();
        return new TicketRecord(id, reporter.organizationId(), reporter.userId(), command.kind(),
                TicketStatus.SUBMITTED, command.description(),
                new TicketContext(source.screenId(), absentIfBlank(source.formId()),
                        absentIfBlank(source.recordReference()), absentIfBlank(source.applicationVersion()),
                        absentIfBlank(source.userAgent())),
                new TicketContact(contact.name(), absentIfBlank(contact.email()), absentIfBlank(contact.phone()),
                        contact.preferredMethod()),
                screenshotType == null ? null : screenshotType.mediaType(), idempotencyKey, null, null,
                now, now, now, 0);
    }

    static Ticket toTicket(TicketRecord record) {
        TicketContext context = record.context();
        TicketContact contact = record.contact();
        return new Ticket(record.id(), record.organizationId(), record.reporterUserId(), record.kind(),
                record.status(), record.description(),
                new TicketSource(context.screenId(), context.formId(), context.recordReference(),
                        context.applicationVersion(), context.userAgent()),
                new ReporterContact(contact.name(), contact.email(), contact.phone(), contact.preferredMethod()),
                ScreenshotType.ofMediaType(record.screenshotMediaType()).orElse(null), record.assigneeUserId(),
                record.resolution(), record.createdAt(), record.updatedAt(), record.statusChangedAt(),
                record.version(), record.escalationRound(), record.withVendor());
    }

    static TicketNote toNote(TicketNoteRecord record) {
        return new TicketNote(record.id(), record.authorName(), record.visibility(), record.origin(),
                record.text(), record.createdAt());
    }

    static TicketEvent toEvent(TicketHistoryRecord record) {
        return new TicketEvent(record.id(), record.type(), record.occurredAt(), record.actorUserId(),
                record.actorName(), record.fromStatus(), record.toStatus(), record.assigneeUserId(), record.noteId(),
                record.noteVisibility());
    }

    private static String absentIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
