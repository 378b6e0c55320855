// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Takes an escalated ticket back from the vendor's support desk: it moves to {@code IN_PROGRESS}
 * for the organization to work, and the desk closes its copy. The reason is redacted of client
 * personal data before it leaves. The ticket may be escalated again later, in a new round. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 * @param reason          why; required, at most {@value ResolveTicket#RESOLUTION_MAX_LENGTH} characters
 */
public record WithdrawEscalation(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @MultiLine @NotBlank @Size(max = ResolveTicket.RESOLUTION_MAX_LENGTH) String reason) {

    /** Withdraws the escalation of {@code ticket}, as the caller read it. */
    public static WithdrawEscalation of(Ticket ticket, String reason) {
        return new WithdrawEscalation(ticket.id(), ticket.version(), reason);
    }
}
