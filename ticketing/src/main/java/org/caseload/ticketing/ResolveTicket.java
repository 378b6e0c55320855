// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Resolves a ticket, saying how: it moves to {@code RESOLVED}, and its reporter sees the
 * resolution. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 * @param resolution      what solved it, or the answer; required, at most
 *                        {@value #RESOLUTION_MAX_LENGTH} characters
 */
public record ResolveTicket(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @MultiLine @NotBlank @Size(max = RESOLUTION_MAX_LENGTH) String resolution) {

    /** The longest resolution accepted. */
    public static final int RESOLUTION_MAX_LENGTH = 4_000;

    /** Resolves {@code ticket}, as the caller read it, with {@code resolution}. */
    public static ResolveTicket of(Ticket ticket, String resolution) {
        return new ResolveTicket(ticket.id(), ticket.version(), resolution);
    }
}
