package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Hands a ticket to the vendor's support desk. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 */
public record EscalateTicket(@NotBlank String ticketId, @Positive long expectedVersion) {

    /** Escalates {@code ticket} as the caller read it; {@code ticket} must not be null. */
    public static EscalateTicket of(Ticket ticket) {
        return new EscalateTicket(ticket.id(), ticket.version());
    }
}
