// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import static org.caseload.spi.storage.desk.DeskTicketStatus.CLOSED;
import static org.caseload.spi.storage.desk.DeskTicketStatus.IN_PROGRESS;
import static org.caseload.spi.storage.desk.DeskTicketStatus.NEW;
import static org.caseload.spi.storage.desk.DeskTicketStatus.RESOLVED;
import static org.caseload.spi.storage.desk.DeskTicketStatus.TRIAGED;
import static org.caseload.spi.storage.desk.DeskTicketStatus.WAITING_ON_CUSTOMER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * The statuses a desk ticket moves between by a status change, as {@code docs/escalation.md} draws
 * them. {@code NEW → TRIAGED} is triage's own move, and a repeated escalation brings any ticket back
 * to {@code NEW}. Stateless.
 */
final class DeskLifecycle {

    static final String RECORD_TYPE = "deskTicket";

    private static final Map<DeskTicketStatus, Set<DeskTicketStatus>> NEXT = Map.of(
            NEW, EnumSet.noneOf(DeskTicketStatus.class),
            TRIAGED, EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED),
            IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED),
            WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, RESOLVED),
            RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.noneOf(DeskTicketStatus.class));

    private DeskLifecycle() {
    }

    /**
     * Checks that {@code ticket} may move to {@code target}.
     *
     * @throws InvalidTransitionException naming both statuses when it may not
     */
    static void check(DeskTicketRecord ticket, DeskTicketStatus target) {
        if (!NEXT.get(ticket.status()).contains(target)) {
            throw new InvalidTransitionException(RECORD_TYPE, ticket.id(), ticket.status().name(), target.name());
        }
    }
}
