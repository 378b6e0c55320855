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
 * The lifecycle as docs/ticketing.md draws it, written out in the tests apart from the code, so
 * that a change to the code's table cannot pass unseen.
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

    private DocumentedLifecycle() {
    }

    static boolean allows(TicketStatus from, TicketStatus to) {
        return MOVES.get(from).contains(to);
    }
}
