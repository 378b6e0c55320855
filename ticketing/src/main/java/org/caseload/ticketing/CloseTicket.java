// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Closes a resolved ticket for good: it moves to {@code CLOSED}. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 */
public record CloseTicket(@NotBlank String ticketId, @Positive long expectedVersion) {

    /** Acts on {@code ticket} as the caller read it; {@code ticket} must not be null. */
    public static CloseTicket of(Ticket ticket) {
        return new CloseTicket(ticket.id(), ticket.version());
    }
}
