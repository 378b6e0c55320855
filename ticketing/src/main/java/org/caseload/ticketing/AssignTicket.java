// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Assigns a ticket to the user who will work it, or takes the assignment away. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 * @param assigneeUserId  the host's id of the user; null unassigns the ticket; otherwise not blank,
 *                        at most {@value #USER_ID_MAX_LENGTH} characters
 */
public record AssignTicket(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") @Size(max = USER_ID_MAX_LENGTH) String assigneeUserId) {

    /** The longest user id accepted. */
    public static final int USER_ID_MAX_LENGTH = 200;

    /** Assigns {@code ticket}, as the caller read it, to {@code assigneeUserId} (null: nobody). */
    public static AssignTicket of(Ticket ticket, String assigneeUserId) {
        return new AssignTicket(ticket.id(), ticket.version(), assigneeUserId);
    }
}
