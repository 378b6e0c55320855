// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * Every change to a ticket, made the one way that keeps its rules together: the lifecycle is
 * checked, the ticket written at the version read, the event appended to its history, and the
 * notification queued, all in the caller's unit of work. The caller is the actor. Thread-safe.
 */
public final class TicketChanges {

    private final TicketNotifications notifications;

    public TicketChanges(TicketNotifications notifications) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Checks that the caller read the ticket's current version, before any other rule, so that a
     * stale caller always learns to re-read first.
     *
     * @throws ConcurrentModificationException when the versions differ
     */
    static void requireVersion(TicketRecord current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentModificationException(TicketAccess.RECORD_TYPE, current.id(), expectedVersion);
        }
    }

    /** Records a ticket just inserted: its first history entry, and the administrators' notification. */
    void submitted(CallContext context, TicketRecord ticket) {
        Principal actor = context.principal();
        context.session().ticketHistory().append(TicketHistoryRecord.submitted(context.newId(), ticket.id(),
                context.now(), actor.userId(), actor.displayName(), ticket.status()));
        notifications.submitted(context, ticket);
    }

    /**
     * Moves a ticket to {@code target}, with {@code alsoChange} applied to the moved record (to set
     * or clear its resolution); the reporter is notified unless they made the move.
     *
     * @return the ticket as stored
     * @throws org.caseload.spi.error.InvalidTransitionException when the lifecycle does not allow it
     */
    TicketRecord move(CallContext context, TicketRecord current, TicketStatus target,
                      UnaryOperator<TicketRecord> alsoChange) {
        TicketLifecycle.check(current, target);
        TicketRecord moved = context.session().tickets()
                .update(alsoChange.apply(current.withStatus(target, context.now())));
        Principal actor = context.principal();
        context.session().ticketHistory().append(TicketHistoryRecord.statusChanged(context.newId(), moved.id(),
                context.now(), actor.userId(), actor.displayName(), current.status(), target));
        if (!TicketAccess.reported(actor, moved)) {
            notifications.statusChanged(context, moved, current.status());
        }
        context.auditDetail("from " + current.status() + " to " + target);
        return moved;
    }

    /** Assigns the ticket to {@code assigneeUserId}, or unassigns it when null; returns it as stored. */
    TicketRecord assign(CallContext context, TicketRecord current, String assigneeUserId) {
        TicketRecord assigned = context.session().tickets().update(current.withAssignee(assigneeUserId, context.now()));
        Principal actor = context.principal();
        context.session().ticketHistory().append(TicketHistoryRecord.assigned(context.newId(), assigned.id(),
                context.now(), actor.userId(), actor.displayName(), assigneeUserId));
        context.auditDetail(assigneeUserId == null ? "unassigned" : "assigned");
        return assigned;
    }

    /** Tells the reporter that the vendor's desk moved their ticket to {@code deskStatus}. */
    void vendorStatusChanged(CallContext context, TicketRecord ticket, String deskStatus) {
        notifications.vendorStatusChanged(context, ticket, deskStatus);
    }

    /** Adds a note; the reporter is notified of a public note they did not write. */
    void addNote(CallContext context, TicketRecord ticket, TicketNoteRecord note) {
        context.session().tickets().addNote(note);
        Principal actor = context.principal();
        context.session().ticketHistory().append(TicketHistoryRecord.noteAdded(context.newId(), ticket.id(),
                context.now(), actor.userId(), actor.displayName(), note.id(), note.visibility()));
        if (note.visibility() == Visibility.PUBLIC && !TicketAccess.reported(actor, ticket)) {
            notifications.publicNoteAdded(context, ticket);
        }
    }
}
