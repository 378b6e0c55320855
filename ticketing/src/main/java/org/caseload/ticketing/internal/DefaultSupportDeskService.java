// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskHistoryRecord;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskNoteRecord;
import org.caseload.spi.storage.desk.DeskTicketQuery;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.AssignDeskTicket;
import org.caseload.ticketing.desk.UnassignDeskTicket;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.ChangeTier;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskEvent;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TierRules;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.caseload.core.internal.Messages;

/** The support desk service over a vendor runtime's {@link Kernel}. Thread-safe. */
public final class DefaultSupportDeskService implements SupportDeskService {

    private static final Operation RECEIVE = new Operation("desk.receive", Permission.SUPPORT_DESK_SYNC);
    private static final Operation QUEUE = Operation.reading("desk.queue", Permission.SUPPORT_DESK);
    private static final Operation GET = Operation.reading("desk.get", Permission.SUPPORT_DESK);
    private static final Operation TRIAGE = new Operation("desk.triage", Permission.SUPPORT_DESK);
    private static final Operation TIER = new Operation("desk.changeTier", Permission.SUPPORT_DESK);
    private static final Operation STATUS = new Operation("desk.changeStatus", Permission.SUPPORT_DESK);
    private static final Operation NOTE = new Operation("desk.note", Permission.SUPPORT_DESK);
    private static final Operation NOTES = Operation.reading("desk.notes", Permission.SUPPORT_DESK);
    private static final Operation HISTORY = Operation.reading("desk.history", Permission.SUPPORT_DESK);
    private static final Operation SCREENSHOT = Operation.reading("desk.screenshot", Permission.SUPPORT_DESK);
    private static final Operation ASSIGN = new Operation("desk.assign", Permission.SUPPORT_DESK);
    private static final Operation UNASSIGN = new Operation("desk.unassign", Permission.SUPPORT_DESK);
    private static final Operation NOTE_ATTACHMENT = Operation.reading("desk.noteAttachment", Permission.SUPPORT_DESK);

    private final Kernel kernel;
    private final TierRules rules;
    private final Map<Integer, String> supportGroups;
    private final DeskClocks clocks;
    private final VendorUpdateCodec codec;
    private final DeskOrganizationUpdates organizationUpdates;

    /**
     * @param supportGroups the support group of each tier, 1 to 3
     * @param clocks        the service-level clocks to drive
     */
    public DefaultSupportDeskService(Kernel kernel, TierRules rules, Map<Integer, String> supportGroups,
                                     DeskClocks clocks, VendorUpdateCodec codec, NotificationCodec notifications) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.supportGroups = Map.copyOf(supportGroups);
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.organizationUpdates = new DeskOrganizationUpdates(clocks, notifications);
    }

    @Override
    public void receive(SupportMessage message) {
        kernel.call(RECEIVE, message, context -> {
            if (message instanceof SupportMessage.Escalation escalation) {
                receiveEscalation(context, escalation);
            } else if (message instanceof SupportMessage.OrganizationUpdate update) {
                organizationUpdates.receive(context, update);
            } else {
                throw new ValidationException("SupportMessage", List.of(Messages.violation("",
                        "caseload.support.message.inboundOnly",
                        "a message of type " + message.getClass().getSimpleName())));
            }
            return null;
        });
    }

    private void receiveEscalation(CallContext context, SupportMessage.Escalation escalation) {
        if (context.session().receivedMessages().find(escalation.messageId()).isPresent()) {
            context.auditDetail("message " + escalation.messageId() + " already received");
            return;
        }
        String mediaType = escalation.screenshot() == null ? null : escalation.screenshot().mediaType();
        Optional<DeskTicketRecord> earlier = context.session().deskTickets()
                .findByTicket(escalation.organizationId(), escalation.ticketId());
        if (earlier.isPresent() && escalation.round() <= earlier.get().round()) {
            // A round the desk has had already (or a later one overtook it): nothing to reopen.
            context.auditRecord(DeskLifecycle.RECORD_TYPE, earlier.get().id());
            history(context, earlier.get(), Type.STALE_IGNORED, null, null, null, null, escalation.messageId(), null);
            context.session().receivedMessages().add(new ReceivedMessageRecord(escalation.messageId(),
                    earlier.get().id(), 0, ReceivedMessageRecord.State.APPLIED, null, context.now()));
            context.auditDetail("message " + escalation.messageId() + " of round " + escalation.round()
                    + " ignored, the ticket is in round " + earlier.get().round());
            return;
        }
        DeskTicketRecord ticket;
        DeskTicketStatus from = null;
        if (earlier.isPresent()) {
            from = earlier.get().status();
            ticket = context.session().deskTickets().update(earlier.get()
                    .withEscalation(escalation.summary(), escalation.escalatedBy(), mediaType, context.now())
                    .withRound(escalation.round(), escalation.screenId(), escalation.productVersion(), context.now())
                    .withResolution(null)
                    .withStatus(DeskTicketStatus.NEW, context.now()));
            if (earlier.get().priority() != null) {
                clocks.restart(context, ticket.id(), Priority.valueOf(earlier.get().priority()));
            }
        } else {
            ticket = context.session().deskTickets().insert(new DeskTicketRecord(context.newId(),
                    escalation.organizationId(), escalation.ticketId(), escalation.kind(), escalation.summary(),
                    escalation.screenId(), escalation.escalatedBy(), mediaType, DeskTicketStatus.NEW, null, null,
                    null, null, null, null, null, null, context.now(), context.now(), 0, escalation.round(),
                    escalation.productVersion(), null));
        }
        if (escalation.screenshot() != null) {
            context.session().deskTickets().putAttachment(new DeskAttachmentRecord(ticket.id(), mediaType,
                    escalation.screenshot().content()));
        }
        context.auditRecord(DeskLifecycle.RECORD_TYPE, ticket.id());
        history(context, ticket, Type.RECEIVED, from, DeskTicketStatus.NEW, null, null, null, null);
        context.session().receivedMessages().add(new ReceivedMessageRecord(escalation.messageId(), ticket.id(), 0,
                ReceivedMessageRecord.State.APPLIED, null, context.now()));
        context.auditDetail("message " + escalation.messageId() + " of round " + escalation.round()
                + (earlier.isPresent() ? " escalated again" : " received"));
    }

    @Override
    public List<DeskTicket> queue(DeskQueue query) {
        return kernel.call(QUEUE, query, context -> {
            List<DeskTicket> page = context.session().deskTickets()
                    .find(new DeskTicketQuery(query.status(), query.tier(), query.limit(), query.organizationId(),
                            query.assigneeUserId(), query.slaDueBefore(), query.offset())).stream()
                    .map(DefaultSupportDeskService::toTicket)
                    .toList();
            context.auditDetail(page.size() + " desk tickets");
            return page;
        });
    }

    @Override
    public DeskTicket get(String deskTicketId) {
        return kernel.call(GET, new TicketReference(deskTicketId), context -> toTicket(existing(context, deskTicketId)));
    }

    @Override
    public Optional<DeskTicket> findByTicket(String organizationId, String ticketId) {
        return kernel.call(GET, new TicketReference(ticketId), context -> context.session().deskTickets()
                .findByTicket(organizationId, ticketId)
                .map(DefaultSupportDeskService::toTicket));
    }

    @Override
    public DeskTicket triage(TriageDeskTicket command) {
        return kernel.call(TRIAGE, command, context -> {
            DeskTicketRecord current = changeable(context, command.deskTicketId(), command.expectedVersion());
            if (current.status() == DeskTicketStatus.RESOLVED || current.status() == DeskTicketStatus.CLOSED) {
                throw new InvalidTransitionException(DeskLifecycle.RECORD_TYPE, current.id(), current.status().name(),
                        DeskTicketStatus.TRIAGED.name());
            }
            Priority priority = Priority.of(command.impact(), command.urgency());
            TierRules.Choice choice = rules.choose(command.severity(), command.complexity(), priority);
            DeskTicketStatus status = current.status() == DeskTicketStatus.NEW ? DeskTicketStatus.TRIAGED
                    : current.status();
            DeskTicketRecord triaged = context.session().deskTickets().update(current
                    .withTriage(command.severity(), command.complexity().name(), command.impact().name(),
                            command.urgency().name(), priority.name(), choice.tier(), supportGroups.get(choice.tier()),
                            context.now())
                    .withStatus(status, context.now()));
            history(context, triaged, Type.TRIAGED, null, status, current.tier(), choice.tier(), choice.rule(), null);
            if (current.priority() == null) {
                clocks.start(context, triaged.id(), priority);
            } else if (!current.priority().equals(priority.name())) {
                clocks.reprioritize(context, triaged.id(), priority);
            }
            if (status != current.status()) {
                sendStatus(context, triaged);
            }
            context.auditDetail("tier " + choice.tier() + " by rule " + choice.rule() + ", priority " + priority);
            return toTicket(triaged);
        });
    }

    @Override
    public DeskTicket changeTier(ChangeTier command) {
        return kernel.call(TIER, command, context -> {
            DeskTicketRecord current = changeable(context, command.deskTicketId(), command.expectedVersion());
            int target = current.tier() == null ? 0
                    : current.tier() + (command.direction() == ChangeTier.Direction.UP ? 1 : -1);
            boolean open = current.status() != DeskTicketStatus.RESOLVED && current.status() != DeskTicketStatus.CLOSED;
            if (current.tier() == null || !open || target < 1 || target > 3) {
                throw new InvalidTransitionException(DeskLifecycle.RECORD_TYPE, current.id(),
                        current.tier() == null ? current.status().name() : "tier " + current.tier(),
                        open && current.tier() != null ? "tier " + target : "another tier");
            }
            DeskTicketRecord moved = context.session().deskTickets()
                    .update(current.withTier(target, supportGroups.get(target), context.now()));
            history(context, moved, Type.TIER_CHANGED, null, null, current.tier(), target, command.reason(), null);
            context.auditDetail("from tier " + current.tier() + " to tier " + target);
            return toTicket(moved);
        });
    }

    @Override
    public DeskTicket changeStatus(ChangeDeskStatus command) {
        return kernel.call(STATUS, command, context -> {
            DeskTicketRecord current = changeable(context, command.deskTicketId(), command.expectedVersion());
            boolean resolving = command.status() == DeskTicketStatus.RESOLVED;
            if (resolving && (command.resolution() == null || command.resolution().isBlank())) {
                throw new ValidationException("ChangeDeskStatus", List.of(Messages.violation("resolution",
                        "caseload.desk.resolution.required", "blank")));
            }
            DeskLifecycle.check(current, command.status());
            DeskTicketRecord moved = context.session().deskTickets().update(current
                    .withStatus(command.status(), context.now())
                    .withResolution(resolving ? command.resolution()
                            : command.status() == DeskTicketStatus.CLOSED ? current.resolution() : null));
            history(context, moved, Type.STATUS_CHANGED, current.status(), moved.status(), null, null, null, null);
            driveClocks(context, current.status(), moved);
            sendStatus(context, moved);
            context.auditDetail("from " + current.status() + " to " + moved.status());
            return toTicket(moved);
        });
    }

    private void driveClocks(CallContext context, DeskTicketStatus from, DeskTicketRecord moved) {
        DeskTicketStatus to = moved.status();
        if (from == DeskTicketStatus.WAITING_ON_CUSTOMER) {
            clocks.resume(context, moved.id());
        }
        switch (to) {
            case WAITING_ON_CUSTOMER -> clocks.pause(context, moved.id());
            case RESOLVED, CLOSED -> clocks.stop(context, moved.id());
            case IN_PROGRESS -> {
                if (from == DeskTicketStatus.RESOLVED) {
                    clocks.reopen(context, moved.id());
                }
            }
            default -> {
                // Triage starts the clocks; nothing else moves them.
            }
        }
    }

    @Override
    public DeskNote addNote(AddDeskNote command) {
        return kernel.call(NOTE, command, context -> {
            DeskTicketRecord ticket = existing(context, command.deskTicketId());
            Principal author = context.principal();
            DeskNoteRecord note = new DeskNoteRecord(context.newId(), ticket.id(), author.userId(),
                    author.displayName(), command.shared(), command.text(), context.now());
            context.session().deskTickets().addNote(note);
            history(context, ticket, Type.NOTE_ADDED, null, null, null, null, note.id(), note.shared());
            if (note.shared()) {
                clocks.firstResponse(context, ticket.id());
                enqueue(context, ticket, new SupportMessage.VendorNote(context.newId(), ticket.organizationId(),
                        ticket.ticketId(), context.now(), ticket.round(),
                        context.session().supportSequences().next(ticket.id()),
                        author.displayName(), note.text()));
            }
            context.auditDetail((note.shared() ? "shared" : "internal") + " note " + note.id());
            return toNote(note);
        });
    }

    @Override
    public List<DeskNote> notes(String deskTicketId) {
        return kernel.call(NOTES, new TicketReference(deskTicketId), context -> context.session().deskTickets()
                .notes(existing(context, deskTicketId).id()).stream()
                .map(DefaultSupportDeskService::toNote)
                .toList());
    }

    @Override
    public List<DeskEvent> history(String deskTicketId) {
        return kernel.call(HISTORY, new TicketReference(deskTicketId), context -> context.session().deskHistory()
                .entries(existing(context, deskTicketId).id()).stream()
                .map(entry -> new DeskEvent(entry.id(), entry.type(), entry.occurredAt(), entry.actorName(),
                        entry.fromStatus(), entry.toStatus(), entry.fromTier(), entry.toTier(), entry.detail()))
                .toList());
    }

    @Override
    public Optional<SupportMessage.Attachment> screenshot(String deskTicketId) {
        return kernel.call(SCREENSHOT, new TicketReference(deskTicketId), context -> context.session().deskTickets()
                .attachment(existing(context, deskTicketId).id())
                .map(stored -> new SupportMessage.Attachment(stored.mediaType(), stored.content())));
    }

    @Override
    public DeskTicket assign(AssignDeskTicket command) {
        return kernel.call(ASSIGN, command, context -> toTicket(assignTo(context,
                changeable(context, command.deskTicketId(), command.expectedVersion()), command.agentUserId())));
    }

    @Override
    public DeskTicket unassign(UnassignDeskTicket command) {
        return kernel.call(UNASSIGN, command, context -> toTicket(assignTo(context,
                changeable(context, command.deskTicketId(), command.expectedVersion()), null)));
    }

    @Override
    public Optional<SupportMessage.Attachment> noteAttachment(String deskTicketId, String noteId) {
        return kernel.call(NOTE_ATTACHMENT, new TicketReference(deskTicketId), context -> {
            DeskTicketRecord ticket = existing(context, deskTicketId);
            return context.session().deskTickets().noteAttachment(noteId)
                    .filter(stored -> stored.deskTicketId().equals(ticket.id()))
                    .map(stored -> new SupportMessage.Attachment(stored.mediaType(), stored.content()));
        });
    }

    /** Assigns the ticket to {@code agentUserId}, or unassigns it when null, in its history. */
    private static DeskTicketRecord assignTo(CallContext context, DeskTicketRecord current, String agentUserId) {
        DeskTicketRecord changed = context.session().deskTickets()
                .update(current.withAssignee(agentUserId, context.now()));
        history(context, changed, agentUserId == null ? Type.UNASSIGNED : Type.ASSIGNED, null, null, null, null,
                agentUserId, null);
        context.auditDetail(agentUserId == null ? "unassigned" : "assigned");
        return changed;
    }

    private static DeskTicketRecord existing(CallContext context, String deskTicketId) {
        context.auditRecord(DeskLifecycle.RECORD_TYPE, deskTicketId);
        return context.session().deskTickets().findById(deskTicketId)
                .orElseThrow(() -> new NotFoundException(DeskLifecycle.RECORD_TYPE, deskTicketId));
    }

    /** The desk ticket, when the caller read its current version (checked before anything else). */
    private static DeskTicketRecord changeable(CallContext context, String deskTicketId, long expectedVersion) {
        DeskTicketRecord current = existing(context, deskTicketId);
        if (current.version() != expectedVersion) {
            throw new ConcurrentModificationException(DeskLifecycle.RECORD_TYPE, current.id(),
                    expectedVersion);
        }
        return current;
    }

    private void sendStatus(CallContext context, DeskTicketRecord ticket) {
        enqueue(context, ticket, new SupportMessage.StatusChange(context.newId(), ticket.organizationId(),
                ticket.ticketId(), context.now(), ticket.round(), context.session().supportSequences().next(ticket.id()),
                ticket.status().name(), ticket.tier() == null ? 0 : ticket.tier(), context.principal().displayName(),
                ticket.status() == DeskTicketStatus.RESOLVED ? ticket.resolution() : null));
    }

    /** Queues an update for the organization, in this unit of work; its message id is the outbox id. */
    private void enqueue(CallContext context, DeskTicketRecord ticket, SupportMessage.VendorUpdate update) {
        context.session().outbox().append(OutboxMessage.pending(update.messageId(), VendorUpdateDelivery.TOPIC,
                ticket.id(), codec.write(update), context.now()));
    }

    static void history(CallContext context, DeskTicketRecord ticket, Type type, DeskTicketStatus from,
                                DeskTicketStatus to, Integer fromTier, Integer toTier, String detail,
                                Boolean noteShared) {
        Principal actor = context.principal();
        context.session().deskHistory().append(new DeskHistoryRecord(context.newId(), ticket.id(), context.now(),
                actor.userId(), actor.displayName(), type, from, to, fromTier, toTier, detail, noteShared));
    }

    private static DeskTicket toTicket(DeskTicketRecord record) {
        return new DeskTicket(record.id(), record.organizationId(), record.ticketId(), record.kind(), record.summary(),
                record.screenId(), record.escalatedBy(), record.attachmentMediaType() != null, record.status(),
                record.severity(), record.complexity() == null ? null : Complexity.valueOf(record.complexity()),
                record.impact() == null ? null : Impact.valueOf(record.impact()),
                record.urgency() == null ? null : Urgency.valueOf(record.urgency()),
                record.priority() == null ? null : Priority.valueOf(record.priority()), record.tier(),
                record.supportGroup(), record.resolution(), record.receivedAt(), record.updatedAt(), record.version(),
                record.round(), record.productVersion(), record.assigneeUserId());
    }

    private static DeskNote toNote(DeskNoteRecord record) {
        return new DeskNote(record.id(), record.authorName(), record.shared(), record.text(), record.createdAt(),
                record.fromOrganization());
    }
}
