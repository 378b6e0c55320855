// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Takes a desk ticket's agent off it: it is nobody's until assigned again. Immutable.
 *
 * @param deskTicketId    required
 * @param expectedVersion the version the caller read; at least 1
 */
public record UnassignDeskTicket(@NotBlank String deskTicketId, @Positive long expectedVersion) {

    /** Unassigns {@code ticket}, as the caller read it. */
    public static UnassignDeskTicket of(DeskTicket ticket) {
        return new UnassignDeskTicket(ticket.id(), ticket.version());
    }
}
