// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.storage.tickets.TicketStore;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.AssignTicket;
import org.caseload.ticketing.CloseTicket;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.EscalationPreview;
import org.caseload.ticketing.ReopenTicket;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketEvent;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketNotEscalatedException;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.ReplyToVendor;
import org.caseload.ticketing.ShareWithVendor;
import org.caseload.ticketing.WithdrawEscalation;
import org.caseload.ticketing.WaitForCustomer;
import org.caseload.core.internal.Messages;

/** The ticket service over a runtime's {@link Kernel}. Thread-safe. */
public final class DefaultTicketService implements TicketService {

    private static final Operation QUEUE = Operation.reading("ticket.queue", Permission.TICKET_ADMINISTER);
    private static final Operation MINE = Operation.reading("ticket.mine", Permission.TICKET_SUBMIT);
    private static final Operation GET = Operation.reading("ticket.get", Permission.TICKET_SUBMIT);
    private static final Operation SCREENSHOT = Operation.reading("ticket.screenshot", Permission.TICKET_SUBMIT);
    private static final Operation NOTES = Operation.reading("ticket.notes", Permission.TICKET_SUBMIT);
    private static final Operation HISTORY = Operation.reading("ticket.history", Permission.TICKET_SUBMIT);
    private static final Operation ASSIGN = new Operation("ticket.assign", Permission.TICKET_ADMINISTER);
    private static final Operation START = new Operation("ticket.start", Permission.TICKET_ADMINISTER);
    private static final Operation WAIT = new Operation("ticket.wait", Permission.TICKET_ADMINISTER);
    private static final Operation RESOLVE = new Operation("ticket.resolve", Permission.TICKET_ADMINISTER);
    private static final Operation REOPEN = new Operation("ticket.reopen", Permission.TICKET_SUBMIT);
    private static final Operation CLOSE = new Operation("ticket.close", Permission.TICKET_ADMINISTER);
    private static final Operation NOTE = new Operation("ticket.note", Permission.TICKET_SUBMIT);
    private static final Operation PREVIEW = new Operation("ticket.previewEscalation", Permission.TICKET_ADMINISTER);
    private static final Operation ESCALATE = new Operation("ticket.escalate", Permission.TICKET_ADMINISTER);
    private static final Operation RECEIVE = new Operation("ticket.receive", Permission.SUPPORT_SYNC);
    private static final Operation REPLY = new Operation("ticket.replyToVendor", Permission.TICKET_ADMINISTER);
    private static final Operation SHARE = new Operation("ticket.shareWithVendor", Permission.TICKET_ADMINISTER);
    private static final Operation WITHDRAW = new Operation("ticket.withdrawEscalation", Permission.TICKET_ADMINISTER);

    private final Kernel kernel;
    private final TicketChanges changes;
    private final EscalationCodec escalationCodec;
    private final TicketSubmission submission;
    private final OrganizationUpdates organizationUpdates;
    private final VendorUpdates vendorUpdates;
    private final String applicationVersion;

    /**
     * @param applicationVersion the version of the organization's application, which escalations
     *                           carry
     */
    public DefaultTicketService(Kernel kernel, TicketChanges changes, EscalationCodec escalationCodec,
                                VendorUpdateCodec vendorUpdateCodec, OrganizationUpdateCodec organizationUpdateCodec,
                                Redactor redactor, long screenshotLimit, String applicationVersion) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.escalationCodec = Objects.requireNonNull(escalationCodec, "escalationCodec");
        this.organizationUpdates = new OrganizationUpdates(changes, organizationUpdateCodec, redactor,
                screenshotLimit);
        this.applicationVersion = Objects.requireNonNull(applicationVersion, "applicationVersion");
        this.vendorUpdates = new VendorUpdates(changes, vendorUpdateCodec);
        this.submission = new TicketSubmission(kernel, changes, screenshotLimit);
    }

    @Override
    public Ticket submit(SubmitTicket command) {
        return submission.submit(command);
    }

    @Override
    public List<Ticket> queue(TicketQueueQuery query) {
        return kernel.call(QUEUE, null, context -> page(context, query, null));
    }

    @Override
    public List<Ticket> mine(TicketQueueQuery query) {
        return kernel.call(MINE, null, context -> page(context, query, context.principal().userId()));
    }

    @Override
    public Ticket get(String ticketId) {
        return kernel.call(GET, new TicketReference(ticketId), context ->
                TicketMapper.toTicket(readable(context, ticketId)));
    }

    @Override
    public Optional<Screenshot> screenshot(String ticketId) {
        return kernel.call(SCREENSHOT, new TicketReference(ticketId), context -> context.session().tickets()
                .screenshot(readable(context, ticketId).id())
                .map(stored -> Screenshot.of(stored.content())));
    }

    @Override
    public List<TicketNote> notes(String ticketId) {
        return kernel.call(NOTES, new TicketReference(ticketId), context -> {
            TicketRecord ticket = readable(context, ticketId);
            boolean administrator = TicketAccess.administers(context.principal(), ticket);
            return context.session().tickets().notes(ticket.id()).stream()
                    .filter(note -> administrator || note.visibility() == Visibility.PUBLIC)
                    .map(TicketMapper::toNote)
                    .toList();
        });
    }

    @Override
    public List<TicketEvent> history(String ticketId) {
        return kernel.call(HISTORY, new TicketReference(ticketId), context -> {
            TicketRecord ticket = readable(context, ticketId);
            boolean administrator = TicketAccess.administers(context.principal(), ticket);
            return context.session().ticketHistory().entries(ticket.id()).stream()
                    .filter(entry -> administrator || entry.type() != TicketHistoryRecord.Type.NOTE_ADDED
                            || entry.noteVisibility() == Visibility.PUBLIC)
                    .map(TicketMapper::toEvent)
                    .toList();
        });
    }

    @Override
    public Ticket assign(AssignTicket command) {
        return kernel.call(ASSIGN, command, context -> {
            TicketRecord current = administrable(context, command.ticketId(), command.expectedVersion());
            if (current.status() == TicketStatus.ESCALATED || current.withVendor()) {
                // The vendor works an escalated ticket: locally only notes and status change.
                throw new InvalidTransitionException(TicketAccess.RECORD_TYPE, current.id(),
                        current.status().name(), "ASSIGNED");
            }
            return TicketMapper.toTicket(changes.assign(context, current, command.assigneeUserId()));
        });
    }

    @Override
    public Ticket startWork(StartWork command) {
        return kernel.call(START, command, context -> move(context,
                local(administrable(context, command.ticketId(), command.expectedVersion()), TicketStatus.IN_PROGRESS),
                TicketStatus.IN_PROGRESS, UnaryOperator.identity()));
    }

    @Override
    public Ticket waitForCustomer(WaitForCustomer command) {
        return kernel.call(WAIT, command, context -> move(context,
                local(administrable(context, command.ticketId(), command.expectedVersion()),
                        TicketStatus.WAITING_ON_CUSTOMER),
                TicketStatus.WAITING_ON_CUSTOMER, UnaryOperator.identity()));
    }

    @Override
    public Ticket resolve(ResolveTicket command) {
        return kernel.call(RESOLVE, command, context -> {
            TicketRecord current = administrable(context, command.ticketId(), command.expectedVersion());
            TicketRecord resolved = changes.move(context, current, TicketStatus.RESOLVED, ticket -> ticket
                    .withResolution(command.resolution())
                    .withEscalation(ticket.escalationRound(), false));
            if (current.withVendor()) {
                organizationUpdates.resolvedLocally(context, resolved);
            }
            return TicketMapper.toTicket(resolved);
        });
    }

    @Override
    public Ticket reopen(ReopenTicket command) {
        return kernel.call(REOPEN, command, context -> {
            TicketRecord current = readable(context, command.ticketId());
            TicketChanges.requireVersion(current, command.expectedVersion());
            return move(context, current, TicketStatus.REOPENED, reopened -> reopened.withResolution(null));
        });
    }

    @Override
    public Ticket close(CloseTicket command) {
        return kernel.call(CLOSE, command, context -> move(context,
                administrable(context, command.ticketId(), command.expectedVersion()), TicketStatus.CLOSED,
                UnaryOperator.identity()));
    }

    @Override
    public TicketNote addNote(AddTicketNote command) {
        return kernel.call(NOTE, command, context -> {
            TicketRecord ticket = readable(context, command.ticketId());
            if (command.visibility() == Visibility.INTERNAL
                    && !TicketAccess.administers(context.principal(), ticket)) {
                throw new AccessDeniedException("user " + context.principal().userId()
                        + " may not add internal notes to ticket " + ticket.id());
            }
            TicketNoteRecord note = new TicketNoteRecord(context.newId(), ticket.id(),
                    context.principal().displayName(), command.visibility(), Origin.LOCAL, command.text(),
                    context.now());
            changes.addNote(context, ticket, note);
            String detail = command.visibility() + " note " + note.id();
            if (answersTheWait(context, ticket, note)) {
                changes.move(context, ticket, TicketStatus.IN_PROGRESS, UnaryOperator.identity());
                detail += ", from " + TicketStatus.WAITING_ON_CUSTOMER + " to " + TicketStatus.IN_PROGRESS;
            }
            context.auditDetail(detail);
            return TicketMapper.toNote(note);
        });
    }

    @Override
    public EscalationPreview previewEscalation(String ticketId) {
        return kernel.call(PREVIEW, new TicketReference(ticketId), context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, ticketId);
            TicketRecord ticket = TicketAccess.administrable(context, ticketId);
            Redactor.Redaction redaction = organizationUpdates.redact(context, ticket, ticket.description());
            context.auditDetail(OrganizationUpdates.describe(redaction.counts()));
            return new EscalationPreview(ticket.id(), ticket.version(), redaction.text(), redaction.counts(),
                    ticket.screenshotMediaType() != null);
        });
    }

    @Override
    public Ticket escalate(EscalateTicket command) {
        return kernel.call(ESCALATE, command, context -> {
            TicketRecord current = administrable(context, command.ticketId(), command.expectedVersion());
            if (command.sendScreenshot() && current.screenshotMediaType() == null) {
                throw new ValidationException("EscalateTicket", List.of(Messages.violation("sendScreenshot",
                        "caseload.ticket.escalation.noScreenshot", "true")));
            }
            TicketRecord escalated = changes.move(context, current, TicketStatus.ESCALATED,
                    ticket -> ticket.withEscalation(ticket.escalationRound() + 1, true));
            // Redacted again: the administrator may have edited the previewed text.
            Redactor.Redaction redaction = organizationUpdates.redact(context, current, command.summary());
            String screen = organizationUpdates.redactScreen(context, current);
            SupportMessage.Attachment screenshot = command.sendScreenshot()
                    ? context.session().tickets().screenshot(current.id())
                            .map(stored -> new SupportMessage.Attachment(stored.mediaType(), stored.content()))
                            .orElseThrow()
                    : null;
            context.session().outbox().append(escalationMessage(context, escalated, redaction.text(), screen, screenshot));
            context.auditDetail("from " + current.status() + " to " + escalated.status() + ", round "
                    + escalated.escalationRound() + ", " + OrganizationUpdates.describe(redaction.counts())
                    + (screenshot == null ? ", no screenshot" : ", screenshot confirmed free of client data"));
            return TicketMapper.toTicket(escalated);
        });
    }

    @Override
    public void receive(SupportMessage message) {
        kernel.call(RECEIVE, message, context -> {
            context.auditRecord(TicketAccess.RECORD_TYPE, message.ticketId());
            if (!(message instanceof SupportMessage.VendorUpdate update)) {
                throw new ValidationException("SupportMessage", List.of(Messages.violation("",
                        "caseload.support.message.outboundOnly",
                        "a message of type " + message.getClass().getSimpleName())));
            }
            vendorUpdates.receive(context, receivingTicket(context, update), update);
            return null;
        });
    }

    @Override
    public Ticket replyToVendor(ReplyToVendor command) {
        return kernel.call(REPLY, command, context -> TicketMapper.toTicket(organizationUpdates.reply(context,
                administrable(context, command.ticketId(), command.expectedVersion()), command.text())));
    }

    @Override
    public Ticket shareWithVendor(ShareWithVendor command) {
        return kernel.call(SHARE, command, context -> TicketMapper.toTicket(organizationUpdates.share(context,
                administrable(context, command.ticketId(), command.expectedVersion()), command)));
    }

    @Override
    public Ticket withdrawEscalation(WithdrawEscalation command) {
        return kernel.call(WITHDRAW, command, context -> TicketMapper.toTicket(organizationUpdates.withdraw(context,
                administrable(context, command.ticketId(), command.expectedVersion()), command.reason())));
    }

    /**
     * The ticket, when it is the organization's to work: a ticket with the vendor moves only by the
     * way back.
     *
     * @throws InvalidTransitionException naming its status and {@code target} when it is with the vendor
     */
    private static TicketRecord local(TicketRecord ticket, TicketStatus target) {
        if (ticket.withVendor()) {
            throw new InvalidTransitionException(TicketAccess.RECORD_TYPE, ticket.id(), ticket.status().name(),
                    target.name());
        }
        return ticket;
    }

    private List<Ticket> page(CallContext context, TicketQueueQuery query, String reporterUserId) {
        CommandRules.check(kernel, query, QueueRules::violations);
        List<Ticket> page = context.session().tickets()
                .find(QueueRules.toStoreQuery(query, context.principal().organizationId(), reporterUserId,
                        context.now()))
                .stream()
                .map(TicketMapper::toTicket)
                .toList();
        context.auditDetail(page.size() + " tickets");
        return page;
    }

    private static TicketRecord readable(CallContext context, String ticketId) {
        context.auditRecord(TicketAccess.RECORD_TYPE, ticketId);
        return TicketAccess.readable(context, ticketId);
    }

    /** The ticket, for an administrator of its organization who read its current version. */
    private static TicketRecord administrable(CallContext context, String ticketId, long expectedVersion) {
        context.auditRecord(TicketAccess.RECORD_TYPE, ticketId);
        TicketRecord current = TicketAccess.administrable(context, ticketId);
        TicketChanges.requireVersion(current, expectedVersion);
        return current;
    }

    private Ticket move(CallContext context, TicketRecord current, TicketStatus target,
                        UnaryOperator<TicketRecord> alsoChange) {
        return TicketMapper.toTicket(changes.move(context, current, target, alsoChange));
    }

    /** Whether a note is the reporter's public answer to a ticket waiting on them. */
    private static boolean answersTheWait(CallContext context, TicketRecord ticket, TicketNoteRecord note) {
        return ticket.status() == TicketStatus.WAITING_ON_CUSTOMER && !ticket.withVendor()
                && note.visibility() == Visibility.PUBLIC
                && TicketAccess.reported(context.principal(), ticket);
    }

    /** The ticket an update is about, when the caller works for its organization. */
    private static TicketRecord receivingTicket(CallContext context, SupportMessage.VendorUpdate update) {
        TicketStore tickets = context.session().tickets();
        boolean callerWorksForOwner = context.principal().organizationId().equals(update.organizationId());
        TicketRecord ticket = tickets.findById(update.ticketId())
                .filter(found -> callerWorksForOwner && found.organizationId().equals(update.organizationId()))
                .orElseThrow(() -> new NotFoundException(TicketAccess.RECORD_TYPE, update.ticketId()));
        if (ticket.escalationRound() == 0) {
            throw new TicketNotEscalatedException(ticket.id(), "an update of round " + update.round()
                    + " arrived for a ticket never escalated");
        }
        if (update.round() > ticket.escalationRound()) {
            throw new TicketNotEscalatedException(ticket.id(), "an update of round " + update.round()
                    + " arrived, the ticket is in round " + ticket.escalationRound());
        }
        return ticket;
    }

    private OutboxMessage escalationMessage(CallContext context, TicketRecord ticket, String summary, String screen,
                                            SupportMessage.Attachment screenshot) {
        String messageId = context.newId();
        SupportMessage.Escalation escalation = new SupportMessage.Escalation(messageId, ticket.organizationId(),
                ticket.id(), context.now(), ticket.escalationRound(), ticket.kind().name(), summary, screen,
                applicationVersion,
                context.principal().displayName(), screenshot);
        return OutboxMessage.pending(messageId, EscalationDelivery.TOPIC, ticket.id(),
                escalationCodec.write(escalation), context.now());
    }
}
