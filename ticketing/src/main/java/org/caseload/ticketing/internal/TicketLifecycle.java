// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

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
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * The statuses a ticket may move between, as {@code docs/ticketing.md} draws them. The organization
 * works a ticket until it is resolved or escalated; the vendor's own triage of an escalated ticket
 * happens at the vendor. {@code CLOSED} is final. Stateless.
 *
 * <p>While a ticket is with the vendor ({@link TicketRecord#withVendor()}) it moves by the way back
 * ({@code docs/escalation.md}): {@code ESCALATED ⇄ WAITING_ON_CUSTOMER} as the desk asks and the
 * organization replies, either of them {@code → IN_PROGRESS} when the escalation is withdrawn, and
 * {@code → RESOLVED} when either side resolves it.
 */
final class TicketLifecycle {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
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

    private TicketLifecycle() {
    }

    /** Whether the lifecycle draws a move from {@code from} to {@code to}. */
    static boolean allows(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Whether {@code ticket}, with the vendor or not, may move to {@code to}. */
    static boolean allows(TicketRecord ticket, TicketStatus to) {
        return ticket.withVendor()
                ? WITH_VENDOR.getOrDefault(ticket.status(), Set.of()).contains(to)
                : allows(ticket.status(), to);
    }

    /**
     * Checks that {@code ticket} may move to {@code target}.
     *
     * @throws InvalidTransitionException naming both statuses when it may not
     */
    static void check(TicketRecord ticket, TicketStatus target) {
        if (!allows(ticket, target)) {
            throw new InvalidTransitionException(TicketAccess.RECORD_TYPE, ticket.id(), ticket.status().name(),
                    target.name());
        }
    }
}
