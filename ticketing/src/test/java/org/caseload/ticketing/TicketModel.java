// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.ArrayList;
import java.util.List;
import org.caseload.core.Permission;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * What the ticketing rules say should happen to tickets, kept apart from the code under test: who
 * may do what, in which order the rules are checked, and what each ticket should look like after.
 */
final class TicketModel {

    /** How a call should end. */
    enum Outcome { DONE, ACCESS_DENIED, NOT_FOUND, STALE, INVALID_TRANSITION, NOT_ESCALATED }

    /** One ticket as the rules say it should be. */
    static final class ModelTicket {
        final String id;
        final String organizationId;
        final String reporterUserId;
        TicketStatus status = TicketStatus.SUBMITTED;
        long version = 1;
        String assigneeUserId;
        String resolution;
        /** The round of its latest escalation, 0 before the first. */
        int round;
        /** Whether the latest escalation is still open: the ticket moves by the way back only. */
        boolean withVendor;
        final List<String> notes = new ArrayList<>();
        final List<String> publicNotes = new ArrayList<>();
        /** The vendor messages applied, in the order applied: the n-th carries sequence number n. */
        final List<String> appliedMessages = new ArrayList<>();

        ModelTicket(String id, Principal reporter) {
            this.id = id;
            this.organizationId = reporter.organizationId();
            this.reporterUserId = reporter.userId();
        }
    }

    final List<ModelTicket> tickets = new ArrayList<>();

    static boolean holds(Principal caller, Permission permission) {
        return caller.permissions().contains(permission.key());
    }

    static boolean administers(Principal caller, ModelTicket ticket) {
        return holds(caller, Permission.TICKET_ADMINISTER) && caller.organizationId().equals(ticket.organizationId);
    }

    static boolean reported(Principal caller, ModelTicket ticket) {
        return caller.organizationId().equals(ticket.organizationId) && caller.userId().equals(ticket.reporterUserId);
    }

    /** An administrator's move (or, with a null target, an assignment). */
    static Outcome administratorChange(Principal caller, ModelTicket ticket, boolean stale, TicketStatus target) {
        if (!holds(caller, Permission.TICKET_ADMINISTER)) {
            return Outcome.ACCESS_DENIED;
        }
        if (!administers(caller, ticket)) {
            return Outcome.NOT_FOUND;
        }
        return versionThenMove(ticket, stale, target);
    }

    /** The reporter's or an administrator's reopening. */
    static Outcome reopening(Principal caller, ModelTicket ticket, boolean stale) {
        if (!holds(caller, Permission.TICKET_SUBMIT)) {
            return Outcome.ACCESS_DENIED;
        }
        if (!administers(caller, ticket) && !reported(caller, ticket)) {
            return Outcome.NOT_FOUND;
        }
        return versionThenMove(ticket, stale, TicketStatus.REOPENED);
    }

    static Outcome note(Principal caller, ModelTicket ticket, boolean internal) {
        if (!holds(caller, Permission.TICKET_SUBMIT)) {
            return Outcome.ACCESS_DENIED;
        }
        if (!administers(caller, ticket) && !reported(caller, ticket)) {
            return Outcome.NOT_FOUND;
        }
        return internal && !administers(caller, ticket) ? Outcome.ACCESS_DENIED : Outcome.DONE;
    }

    static Outcome vendorNote(Principal caller, ModelTicket ticket) {
        if (!holds(caller, Permission.SUPPORT_SYNC)) {
            return Outcome.ACCESS_DENIED;
        }
        if (!caller.organizationId().equals(ticket.organizationId)) {
            return Outcome.NOT_FOUND;
        }
        return ticket.round == 0 ? Outcome.NOT_ESCALATED : Outcome.DONE;
    }

    /**
     * The administrator's way back: a reply ({@code target} {@code ESCALATED}), a shared note (null
     * target) or a withdrawal ({@code IN_PROGRESS}).
     */
    static Outcome wayBack(Principal caller, ModelTicket ticket, boolean stale, TicketStatus target) {
        if (!holds(caller, Permission.TICKET_ADMINISTER)) {
            return Outcome.ACCESS_DENIED;
        }
        if (!administers(caller, ticket)) {
            return Outcome.NOT_FOUND;
        }
        if (stale) {
            return Outcome.STALE;
        }
        if (!ticket.withVendor) {
            return Outcome.NOT_ESCALATED;
        }
        return target == null || DocumentedLifecycle.allowsWithVendor(ticket.status, target) ? Outcome.DONE
                : Outcome.INVALID_TRANSITION;
    }

    static Outcome submission(Principal caller) {
        return holds(caller, Permission.TICKET_SUBMIT) ? Outcome.DONE : Outcome.ACCESS_DENIED;
    }

    private static Outcome versionThenMove(ModelTicket ticket, boolean stale, TicketStatus target) {
        if (stale) {
            return Outcome.STALE;
        }
        if (ticket.withVendor) {
            // With the vendor, the administrator's own moves are resolving only (locally).
            return target == TicketStatus.RESOLVED ? Outcome.DONE
                    : Outcome.INVALID_TRANSITION;
        }
        if (target != null && !DocumentedLifecycle.allows(ticket.status, target)) {
            return Outcome.INVALID_TRANSITION;
        }
        // An escalated ticket is the vendor's: locally only notes and status change, no assignment.
        if (target == null && ticket.status == TicketStatus.ESCALATED) {
            return Outcome.INVALID_TRANSITION;
        }
        return Outcome.DONE;
    }

    /** Applies a move that happened. */
    static void move(ModelTicket ticket, TicketStatus target, String resolution) {
        ticket.status = target;
        ticket.version++;
        if (target == TicketStatus.ESCALATED && !ticket.withVendor) {
            ticket.round++;
            ticket.withVendor = true;
        } else if (target == TicketStatus.RESOLVED || target == TicketStatus.IN_PROGRESS) {
            ticket.withVendor = false;
        }
        if (target == TicketStatus.RESOLVED) {
            ticket.resolution = resolution;
        } else if (target == TicketStatus.REOPENED) {
            ticket.resolution = null;
        }
    }

    /** Applies a note that was added, and the move a reporter's answer makes. */
    static void addNote(ModelTicket ticket, String noteId, boolean isPublic, boolean byReporter) {
        ticket.notes.add(noteId);
        if (isPublic) {
            ticket.publicNotes.add(noteId);
            if (byReporter && ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
                move(ticket, TicketStatus.IN_PROGRESS, null);
            }
        }
    }
}
