// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Puts a ticket on hold until its reporter answers: it moves to {@code WAITING_ON_CUSTOMER}. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 */
public record WaitForCustomer(@NotBlank String ticketId, @Positive long expectedVersion) {

    /** Acts on {@code ticket} as the caller read it; {@code ticket} must not be null. */
    public static WaitForCustomer of(Ticket ticket) {
        return new WaitForCustomer(ticket.id(), ticket.version());
    }
}
