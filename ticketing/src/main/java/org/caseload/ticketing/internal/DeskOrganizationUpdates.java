// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.Permission;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskNoteRecord;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.support.SupportMessage.EscalationWithdrawn;
import org.caseload.spi.support.SupportMessage.LocalResolution;
import org.caseload.spi.support.SupportMessage.OrganizationNote;
import org.caseload.spi.support.SupportMessage.OrganizationReply;
import org.caseload.spi.support.SupportMessage.OrganizationUpdate;
import org.caseload.spi.ui.Recipient;

/**
 * Applies an organization's updates to the desk's copy of its escalated ticket, once per message
 * id: a reply ends {@code WAITING_ON_CUSTOMER} (the clocks run again), a shared note (with its
 * attachment) is kept, a withdrawal closes the ticket and a local resolution resolves it (the clocks
 * stop). What the organization wrote becomes a note flagged as from the organization. An update of
 * an earlier round than the desk ticket's is ignored, recorded in the history. A reply or note is
 * told to the ticket's agent, or, unassigned, to the desk's staff. Nothing applied is sent back.
 * Thread-safe.
 */
final class DeskOrganizationUpdates {

    private final DeskClocks clocks;
    private final NotificationCodec notifications;

    DeskOrganizationUpdates(DeskClocks clocks, NotificationCodec notifications) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    void receive(CallContext context, OrganizationUpdate update) {
        if (context.session().receivedMessages().find(update.messageId()).isPresent()) {
            context.auditDetail("message " + update.messageId() + " already received");
            return;
        }
        // Not yet here, or not yet in this round: the escalation may still be on its way, so the
        // sender is to try again later.
        DeskTicketRecord ticket = context.session().deskTickets()
                .findByTicket(update.organizationId(), update.ticketId())
                .filter(found -> found.round() >= update.round())
                .orElseThrow(() -> new NotFoundException("round " + update.round() + " of the desk ticket of ticket",
                        update.ticketId()));
        context.auditRecord(DeskLifecycle.RECORD_TYPE, ticket.id());
        String outcome;
        if (update.round() < ticket.round()) {
            DefaultSupportDeskService.history(context, ticket, Type.STALE_IGNORED, null, null, null, null,
                    update.messageId(), null);
            outcome = " of round " + update.round() + " ignored, the ticket is in round " + ticket.round();
        } else if (update instanceof OrganizationReply reply) {
            outcome = reply(context, ticket, reply);
        } else if (update instanceof OrganizationNote note) {
            DeskNoteRecord kept = note(context, ticket, note.author(), note.text());
            if (note.attachment() != null) {
                context.session().deskTickets().putNoteAttachment(kept.id(), new DeskAttachmentRecord(ticket.id(),
                        note.attachment().mediaType(), note.attachment().content()));
            }
            notifyAgent(context, ticket, "shared a note");
            outcome = " (a note" + (note.attachment() == null ? "" : " with an attachment") + ") applied";
        } else if (update instanceof EscalationWithdrawn withdrawn) {
            note(context, ticket, withdrawn.author(), "Escalation withdrawn: " + withdrawn.reason());
            outcome = " (a withdrawal) applied" + end(context, ticket, DeskTicketStatus.CLOSED, ticket.resolution());
        } else {
            LocalResolution resolution = (LocalResolution) update;
            note(context, ticket, resolution.author(), "Resolved by the organization: " + resolution.resolution());
            outcome = " (a local resolution) applied"
                    + end(context, ticket, DeskTicketStatus.RESOLVED, resolution.resolution());
        }
        context.session().receivedMessages().add(new ReceivedMessageRecord(update.messageId(), ticket.id(), 0,
                ReceivedMessageRecord.State.APPLIED, null, context.now()));
        context.auditDetail("message " + update.messageId() + outcome);
    }

    private String reply(CallContext context, DeskTicketRecord ticket, OrganizationReply reply) {
        note(context, ticket, reply.author(), reply.text());
        notifyAgent(context, ticket, "replied");
        if (ticket.status() != DeskTicketStatus.WAITING_ON_CUSTOMER) {
            return " (a reply) applied";
        }
        move(context, ticket, DeskTicketStatus.IN_PROGRESS, null);
        clocks.resume(context, ticket.id());
        return " (a reply) applied, from " + DeskTicketStatus.WAITING_ON_CUSTOMER + " to " + DeskTicketStatus.IN_PROGRESS;
    }

    /** Resolves or closes the ticket, whatever it was, unless it is there already; the clocks stop. */
    private String end(CallContext context, DeskTicketRecord ticket, DeskTicketStatus target, String resolution) {
        boolean over = ticket.status() == DeskTicketStatus.CLOSED
                || ticket.status() == DeskTicketStatus.RESOLVED && target == DeskTicketStatus.RESOLVED;
        if (over) {
            return ", already " + ticket.status();
        }
        move(context, ticket, target, resolution);
        clocks.stop(context, ticket.id());
        return ", from " + ticket.status() + " to " + target;
    }

    private static void move(CallContext context, DeskTicketRecord ticket, DeskTicketStatus target, String resolution) {
        // The ticket read by this call, after notes only: its version is current.
        DeskTicketRecord current = context.session().deskTickets().findById(ticket.id()).orElseThrow();
        DeskTicketRecord moved = context.session().deskTickets().update(current.withStatus(target, context.now())
                .withResolution(resolution));
        DefaultSupportDeskService.history(context, moved, Type.STATUS_CHANGED, current.status(), target, null, null,
                null, null);
    }

    private static DeskNoteRecord note(CallContext context, DeskTicketRecord ticket, String author, String text) {
        DeskNoteRecord note = new DeskNoteRecord(context.newId(), ticket.id(), context.principal().userId(),
                author, true, text, context.now(), true);
        context.session().deskTickets().addNote(note);
        DefaultSupportDeskService.history(context, ticket, Type.NOTE_ADDED, null, null, null, null, note.id(), true);
        return note;
    }

    /**
     * Tells the ticket's agent, or when it has none the desk's staff (the holders of
     * {@code support.desk} in the receiving runtime's organization, as service-level breaches are
     * told), that the organization wrote. Names the ticket and its organization, never the text.
     */
    private void notifyAgent(CallContext context, DeskTicketRecord ticket, String what) {
        Recipient recipient = ticket.assigneeUserId() != null ? new Recipient.User(ticket.assigneeUserId())
                : new Recipient.PermissionHolders(context.principal().organizationId(), Permission.SUPPORT_DESK.key());
        String payload = notifications.write(recipient, "Organization " + what + " on desk ticket " + ticket.id(),
                "Organization " + ticket.organizationId() + " " + what + " on desk ticket " + ticket.id()
                        + " (its ticket " + ticket.ticketId() + ").", "deskTicket:" + ticket.id());
        context.session().outbox().append(OutboxMessage.pending(context.newId(), NotificationDelivery.TOPIC,
                ticket.id(), payload, context.now()));
    }
}
