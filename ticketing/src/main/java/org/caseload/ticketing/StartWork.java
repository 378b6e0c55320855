// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Starts or resumes work on a ticket: it moves to {@code IN_PROGRESS}. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 */
public record StartWork(@NotBlank String ticketId, @Positive long expectedVersion) {

    /** Acts on {@code ticket} as the caller read it; {@code ticket} must not be null. */
    public static StartWork of(Ticket ticket) {
        return new StartWork(ticket.id(), ticket.version());
    }
}
