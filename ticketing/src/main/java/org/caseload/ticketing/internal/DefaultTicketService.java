package org.caseload.ticketing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caseload.core.CallContext;
import org.caseload.core.Kernel;
import org.caseload.core.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.OutboxMessage;
import org.caseload.spi.storage.TicketNoteRecord;
import org.caseload.spi.storage.TicketNoteRecord.Origin;
import org.caseload.spi.storage.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.TicketQuery;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStatus;
import org.caseload.spi.storage.TicketStore;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;

/** The ticket service over a runtime's {@link Kernel}. Thread-safe. */
public final class DefaultTicketService implements TicketService {

    private static final Operation SUBMIT = new Operation("ticket.submit", Permission.TICKET_SUBMIT);
    private static final Operation QUEUE = new Operation("ticket.queue", Permission.TICKET_ADMINISTER);
    private static final Operation GET = new Operation("ticket.get", Permission.TICKET_SUBMIT);
    private static final Operation ESCALATE = new Operation("ticket.escalate", Permission.TICKET_ADMINISTER);
    private static final Operation RECEIVE = new Operation("ticket.receive", Permission.SUPPORT_SYNC);
    private static final Operation NOTES = new Operation("ticket.notes", Permission.TICKET_SUBMIT);

    private final Kernel kernel;
    private final EscalationCodec codec;

    public DefaultTicketService(Kernel kernel, EscalationCodec codec) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public Ticket submit(SubmitTicket command) {
        return kernel.call(SUBMIT, command, context -> {
            TicketRecord ticket = TicketMapper.newTicket(context.newId(), command, context.principal(), context.now());
            context.auditRecord(TicketAccess.RECORD_TYPE, ticket.id());
            return TicketMapper.toTicket(context.session().tickets().insert(ticket));
        });
    }

    @Override
    public List<Ticket> queue(TicketQueueQuery query) {
        return kernel.call(QUEUE, query, context -> {
            Set<TicketStatus> statuses = query.status() == null ? Set.of() : Set.of(query.status());
            List<Ticket> page = context.session().tickets()
                    .find(new TicketQuery(context.principal().organizationId(), statuses, query.offset(), query.limit()))
                    .stream()
                    .map(TicketMapper::toTicket)
                    .toList();
            context.auditDetail(page.size() + " tickets");
            return page;
        });
    }

    @Override
    public Ticket get(String ticketId) {
        return kernel.call(GET, new TicketReference(ticketId), context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, ticketId);
            return TicketMapper.toTicket(TicketAccess.readable(context, ticketId));
        });
    }

    @Override
    public Ticket escalate(EscalateTicket command) {
        return kernel.call(ESCALATE, command, context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, command.ticketId());
            TicketRecord current = TicketAccess.administrable(context, command.ticketId());
            EscalationRule.check(current);
            TicketRecord escalated = context.session().tickets().update(
                    current.withStatus(TicketStatus.ESCALATED, context.now()).withVersion(command.expectedVersion()));
            context.session().outbox().append(escalationMessage(context, escalated));
            context.auditDetail("from " + current.status() + " to " + escalated.status());
            return TicketMapper.toTicket(escalated);
        });
    }

    @Override
    public void receive(SupportMessage message) {
        kernel.call(RECEIVE, message, context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, message.ticketId());
            if (!(message instanceof SupportMessage.VendorNote note)) {
                throw new ValidationException("SupportMessage", List.of(new Violation("",
                        "caseload.support.message.outboundOnly",
                        "this kind of message only travels to the vendor",
                        "a message of type " + message.getClass().getSimpleName())));
            }
            applyVendorNote(context, note);
            return null;
        });
    }

    @Override
    public List<TicketNote> notes(String ticketId) {
        return kernel.call(NOTES, new TicketReference(ticketId), context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, ticketId);
            TicketRecord ticket = TicketAccess.readable(context, ticketId);
            boolean administrator = TicketAccess.administers(context.principal(), ticket);
            return context.session().tickets().notes(ticket.id()).stream()
                    .filter(note -> administrator || note.visibility() == Visibility.PUBLIC)
                    .map(TicketMapper::toNote)
                    .toList();
        });
    }

    /**
     * Adds a vendor note once per message id: the note takes the message id as its own, so a
     * redelivered message finds its note already there.
     */
    private static void applyVendorNote(CallContext context, SupportMessage.VendorNote note) {
        TicketStore tickets = context.session().tickets();
        boolean callerWorksForOwner = context.principal().organizationId().equals(note.organizationId());
        TicketRecord ticket = tickets.findById(note.ticketId())
                .filter(found -> callerWorksForOwner && found.organizationId().equals(note.organizationId()))
                .orElseThrow(() -> new NotFoundException(TicketAccess.RECORD_TYPE, note.ticketId()));
        boolean applied = tickets.notes(ticket.id()).stream().anyMatch(existing -> existing.id().equals(note.messageId()));
        if (applied) {
            context.auditDetail("message " + note.messageId() + " already applied");
            return;
        }
        tickets.addNote(new TicketNoteRecord(note.messageId(), ticket.id(), note.author(), Visibility.PUBLIC,
                Origin.VENDOR, note.text(), context.now()));
        context.auditDetail("message " + note.messageId() + " applied");
    }

    private OutboxMessage escalationMessage(CallContext context, TicketRecord ticket) {
        String messageId = context.newId();
        SupportMessage.Escalation escalation = new SupportMessage.Escalation(messageId, ticket.organizationId(),
                ticket.id(), context.now(), ticket.kind().name(), ticket.description(), ticket.context().screenId(),
                context.principal().displayName());
        return OutboxMessage.pending(messageId, EscalationDelivery.TOPIC, ticket.id(), codec.write(escalation),
                context.now());
    }
}
