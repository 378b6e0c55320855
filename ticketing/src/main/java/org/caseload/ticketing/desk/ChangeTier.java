// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Passes a triaged desk ticket one tier up or down, with the reason. Immutable.
 *
 * @param deskTicketId    required
 * @param expectedVersion the version the caller read; at least 1
 * @param direction       required
 * @param reason          why; kept in the history; required, at most 2,000 characters
 */
public record ChangeTier(
        @NotBlank String deskTicketId,
        @Positive long expectedVersion,
        @NotNull Direction direction,
        @MultiLine @NotBlank @Size(max = 2_000) String reason) {

    /** One tier up (towards 3) or down (towards 1). */
    public enum Direction {
        UP,
        DOWN
    }

    /** Passes {@code ticket} one tier up. */
    public static ChangeTier up(DeskTicket ticket, String reason) {
        return new ChangeTier(ticket.id(), ticket.version(), Direction.UP, reason);
    }

    /** Passes {@code ticket} one tier down. */
    public static ChangeTier down(DeskTicket ticket, String reason) {
        return new ChangeTier(ticket.id(), ticket.version(), Direction.DOWN, reason);
    }
}
