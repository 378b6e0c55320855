// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Triages a desk ticket: the facts the tier rules decide from. Immutable.
 *
 * @param deskTicketId    required
 * @param expectedVersion the version the caller read; at least 1
 * @param severity        1 (the product is down) to 4 (cosmetic)
 * @param complexity      required
 * @param impact          required; with urgency gives the priority
 * @param urgency         required
 */
public record TriageDeskTicket(
        @NotBlank String deskTicketId,
        @Positive long expectedVersion,
        @Min(1) @Max(4) int severity,
        @NotNull Complexity complexity,
        @NotNull Impact impact,
        @NotNull Urgency urgency) {

    /** Triages {@code ticket} as the caller read it. */
    public static TriageDeskTicket of(DeskTicket ticket, int severity, Complexity complexity, Impact impact,
                                      Urgency urgency) {
        return new TriageDeskTicket(ticket.id(), ticket.version(), severity, complexity, impact, urgency);
    }
}
