// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Reopens a resolved ticket whose problem is back or was not solved: it moves to {@code REOPENED}. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 */
public record ReopenTicket(@NotBlank String ticketId, @Positive long expectedVersion) {

    /** Acts on {@code ticket} as the caller read it; {@code ticket} must not be null. */
    public static ReopenTicket of(Ticket ticket) {
        return new ReopenTicket(ticket.id(), ticket.version());
    }
}
