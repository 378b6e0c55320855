// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord.State;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;
import org.caseload.spi.storage.messaging.SupportSequenceStore;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage.StatusChange;
import org.caseload.spi.support.SupportMessage.VendorNote;
import org.caseload.spi.support.SupportMessage.VendorUpdate;

/**
 * Applies the vendor's updates to an organization's ticket once each and in the vendor's order.
 * Each message id is recorded in the inbox; an update whose predecessors have not all been applied
 * is kept there (with its payload) and applied as soon as the gap closes, in the same unit of work
 * as the update that closes it. The sender keeps retrying every update it has not seen accepted,
 * so every gap closes. Nothing applied here is sent back to the vendor. Thread-safe.
 */
final class VendorUpdates {

    private final TicketChanges changes;
    private final VendorUpdateCodec codec;

    VendorUpdates(TicketChanges changes, VendorUpdateCodec codec) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Receives {@code update} for {@code ticket}, already checked to be the caller's organization's. */
    void receive(CallContext context, TicketRecord ticket, VendorUpdate update) {
        ReceivedMessageStore inbox = context.session().receivedMessages();
        SupportSequenceStore sequences = context.session().supportSequences();
        if (inbox.find(update.messageId()).isPresent()) {
            context.auditDetail("message " + update.messageId() + " already received");
            return;
        }
        long applied = sequences.applied(ticket.id());
        if (update.sequence() <= applied) {
            inbox.add(record(context, ticket, update, State.APPLIED, null));
            context.auditDetail("message " + update.messageId() + " number " + update.sequence() + " already applied");
            return;
        }
        if (update.sequence() > applied + 1) {
            inbox.add(record(context, ticket, update, State.BUFFERED, codec.write(update)));
            context.auditDetail("message " + update.messageId() + " number " + update.sequence()
                    + " kept until number " + (applied + 1));
            return;
        }
        boolean current = apply(context, ticket.id(), update);
        inbox.add(record(context, ticket, update, State.APPLIED, null));
        sequences.markApplied(ticket.id(), update.sequence());
        int released = 0;
        for (ReceivedMessageRecord waiting : inbox.buffered(ticket.id())) {
            long next = sequences.applied(ticket.id()) + 1;
            if (waiting.sequence() > next) {
                break;
            }
            if (waiting.sequence() == next) {
                apply(context, ticket.id(), codec.read(waiting.messageId(), waiting.payload()));
                sequences.markApplied(ticket.id(), next);
                released++;
            }
            inbox.markApplied(waiting.messageId());
        }
        context.auditDetail("message " + update.messageId() + " number " + update.sequence()
                + (current ? " applied" : " of round " + update.round() + " ignored, the ticket is in a later round")
                + (released == 0 ? "" : ", and " + released + " kept before"));
    }

    private static ReceivedMessageRecord record(CallContext context, TicketRecord ticket, VendorUpdate update,
                                                State state, String payload) {
        return new ReceivedMessageRecord(update.messageId(), ticket.id(), update.sequence(), state, payload,
                context.now());
    }

    /**
     * Applies one update in its turn; one of an earlier round than the ticket's changes nothing.
     *
     * @return whether it was applied; false when it was of an earlier round, and ignored
     */
    private boolean apply(CallContext context, String ticketId, VendorUpdate update) {
        // Read again: an update applied just before may have moved the ticket.
        TicketRecord ticket = context.session().tickets().findById(ticketId).orElseThrow();
        if (update.round() < ticket.escalationRound()) {
            return false;
        }
        if (update instanceof VendorNote note) {
            changes.addNote(context, ticket, new TicketNoteRecord(note.messageId(), ticket.id(), note.author(),
                    Visibility.PUBLIC, Origin.VENDOR, note.text(), context.now()));
        } else {
            applyStatus(context, ticket, (StatusChange) update);
        }
        return true;
    }

    /**
     * Records the desk's status for the administrators as an internal vendor note, and follows it
     * where the organization's lifecycle has a matching move. While the ticket is with the vendor,
     * the desk's {@code WAITING_ON_CUSTOMER} makes it wait on the organization, the desk's return to
     * work ({@code TRIAGED}, {@code IN_PROGRESS}) makes it {@code ESCALATED} again, and the desk's
     * {@code RESOLVED} resolves it; the desk's {@code CLOSED} closes a resolved one. Once the ticket
     * is no longer with the vendor (withdrawn, resolved or reopened by the organization), no desk
     * status moves it but {@code CLOSED} of a resolved ticket. The reporter hears of every change.
     */
    private void applyStatus(CallContext context, TicketRecord ticket, StatusChange change) {
        StringBuilder text = new StringBuilder("Support desk status: ").append(change.status());
        if (change.tier() > 0) {
            text.append(", tier ").append(change.tier());
        }
        if (change.resolution() != null) {
            text.append(". Resolution: ").append(change.resolution());
        }
        changes.addNote(context, ticket, new TicketNoteRecord(change.messageId(), ticket.id(), change.author(),
                Visibility.INTERNAL, Origin.VENDOR, text.toString(), context.now()));
        Optional<TicketStatus> follow = follow(ticket, change.status());
        if (follow.isPresent() && TicketLifecycle.allows(ticket, follow.get())) {
            UnaryOperator<TicketRecord> resolution = follow.get() == TicketStatus.RESOLVED
                    ? moved -> moved.withResolution(change.resolution() == null
                            ? "Resolved by the vendor's support desk." : change.resolution())
                            .withEscalation(moved.escalationRound(), false)
                    : UnaryOperator.identity();
            changes.move(context, ticket, follow.get(), resolution);
        } else {
            changes.vendorStatusChanged(context, ticket, change.status());
        }
    }

    /** The organization's status that follows the desk's, if any. */
    private static Optional<TicketStatus> follow(TicketRecord ticket, String deskStatus) {
        if (!ticket.withVendor()) {
            return "CLOSED".equals(deskStatus) ? Optional.of(TicketStatus.CLOSED) : Optional.empty();
        }
        return switch (deskStatus) {
            case "WAITING_ON_CUSTOMER" -> Optional.of(TicketStatus.WAITING_ON_CUSTOMER);
            case "TRIAGED", "IN_PROGRESS" -> Optional.of(TicketStatus.ESCALATED);
            case "RESOLVED" -> Optional.of(TicketStatus.RESOLVED);
            default -> Optional.empty();
        };
    }
}
