package org.caseload.ticketing.internal;

import java.util.EnumSet;
import java.util.Set;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStatus;

/** Which tickets may be escalated to the vendor: those the organization is still working. Stateless. */
final class EscalationRule {

    private static final Set<TicketStatus> ESCALATABLE =
            EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);

    private EscalationRule() {
    }

    /** @throws InvalidTransitionException naming both states when {@code ticket} may not be escalated */
    static void check(TicketRecord ticket) {
        if (!ESCALATABLE.contains(ticket.status())) {
            throw new InvalidTransitionException(TicketAccess.RECORD_TYPE, ticket.id(), ticket.status().name(),
                    TicketStatus.ESCALATED.name());
        }
    }
}
