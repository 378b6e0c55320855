// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Assigns a desk ticket to a desk agent, replacing the agent it had. The agent is told, through the
 * runtime's notifier, when the organization replies or shares a note. Immutable.
 *
 * @param deskTicketId    required
 * @param expectedVersion the version the caller read; at least 1
 * @param agentUserId     the agent's user id, as the vendor's identity provider names it; required,
 *                        at most 200 characters
 */
public record AssignDeskTicket(
        @NotBlank String deskTicketId,
        @Positive long expectedVersion,
        @NotBlank @Size(max = 200) String agentUserId) {

    /** Assigns {@code ticket}, as the caller read it, to {@code agentUserId}. */
    public static AssignDeskTicket of(DeskTicket ticket, String agentUserId) {
        return new AssignDeskTicket(ticket.id(), ticket.version(), agentUserId);
    }
}
