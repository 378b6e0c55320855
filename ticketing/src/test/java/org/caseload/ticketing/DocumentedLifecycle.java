// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.caseload.spi.storage.tickets.TicketStatus.CLOSED;
import static org.caseload.spi.storage.tickets.TicketStatus.ESCALATED;
import static org.caseload.spi.storage.tickets.TicketStatus.IN_PROGRESS;
import static org.caseload.spi.storage.tickets.TicketStatus.REOPENED;
import static org.caseload.spi.storage.tickets.TicketStatus.RESOLVED;
import static org.caseload.spi.storage.tickets.TicketStatus.SUBMITTED;
import static org.caseload.spi.storage.tickets.TicketStatus.WAITING_ON_CUSTOMER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * The lifecycle as docs/ticketing.md draws it, and the way back of docs/escalation.md for a ticket
 * with the vendor, written out in the tests apart from the code, so that a change to the code's
 * tables cannot pass unseen.
 */
final class DocumentedLifecycle {

    private static final Map<TicketStatus, Set<TicketStatus>> MOVES = Map.of(
            SUBMITTED, EnumSet.of(IN_PROGRESS, ESCALATED, RESOLVED),
            IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, ESCALATED, RESOLVED),
            WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, RESOLVED),
            ESCALATED, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(REOPENED, CLOSED),
            REOPENED, EnumSet.of(IN_PROGRESS, ESCALATED, RESOLVED),
            CLOSED, EnumSet.noneOf(TicketStatus.class));

    private static final Map<TicketStatus, Set<TicketStatus>> WITH_VENDOR = Map.of(
            ESCALATED, EnumSet.of(WAITING_ON_CUSTOMER, IN_PROGRESS, RESOLVED),
            WAITING_ON_CUSTOMER, EnumSet.of(ESCALATED, IN_PROGRESS, RESOLVED));

    private DocumentedLifecycle() {
    }

    /** A move of a ticket that is the organization's to work. */
    static boolean allows(TicketStatus from, TicketStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** A move of a ticket with the vendor, by the way back. */
    static boolean allowsWithVendor(TicketStatus from, TicketStatus to) {
        return WITH_VENDOR.getOrDefault(from, Set.of()).contains(to);
    }

    /** A move that may appear in a ticket's history: either kind. */
    static boolean drawn(TicketStatus from, TicketStatus to) {
        return allows(from, to) || allowsWithVendor(from, to);
    }
}
