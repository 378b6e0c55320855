// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import org.caseload.spi.storage.tickets.TicketStatus;

/** Drives tickets through the service to the status a test needs, as an administrator would. */
final class TicketWorkflow {

    private final TicketingFixture fixture;

    TicketWorkflow(TicketingFixture fixture) {
        this.fixture = fixture;
    }

    /** A ticket reported by {@link TicketingFixture#REPORTER}, moved to {@code status} by the administrator. */
    Ticket ticketIn(TicketStatus status) {
        Ticket ticket = fixture.submitAsReporter("The Save button does nothing");
        fixture.identity.as(ADMINISTRATOR);
        ticket = switch (status) {
            case SUBMITTED -> ticket;
            case IN_PROGRESS -> move(ticket, TicketStatus.IN_PROGRESS);
            case WAITING_ON_CUSTOMER -> move(move(ticket, TicketStatus.IN_PROGRESS), TicketStatus.WAITING_ON_CUSTOMER);
            case ESCALATED -> move(ticket, TicketStatus.ESCALATED);
            case RESOLVED -> move(ticket, TicketStatus.RESOLVED);
            case REOPENED -> move(move(ticket, TicketStatus.RESOLVED), TicketStatus.REOPENED);
            case CLOSED -> move(move(ticket, TicketStatus.RESOLVED), TicketStatus.CLOSED);
        };
        fixture.identity.as(REPORTER);
        return ticket;
    }

    /** Asks for the move to {@code target} with the command that makes it, as the current caller. */
    Ticket move(Ticket ticket, TicketStatus target) {
        TicketService tickets = fixture.tickets;
        return switch (target) {
            case IN_PROGRESS -> tickets.startWork(StartWork.of(ticket));
            case WAITING_ON_CUSTOMER -> tickets.waitForCustomer(WaitForCustomer.of(ticket));
            case ESCALATED -> tickets.escalate(TicketingFixture.escalationOf(ticket));
            case RESOLVED -> tickets.resolve(ResolveTicket.of(ticket, "Cleared the cache"));
            case REOPENED -> tickets.reopen(ReopenTicket.of(ticket));
            case CLOSED -> tickets.close(CloseTicket.of(ticket));
            case SUBMITTED -> throw new IllegalArgumentException("no command moves a ticket back to SUBMITTED");
        };
    }
}
