// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Answers the question of the vendor's support desk on an escalated ticket that waits on the
 * organization: the ticket moves from {@code WAITING_ON_CUSTOMER} back to {@code ESCALATED}, and the
 * desk, on receiving the reply, from {@code WAITING_ON_CUSTOMER} to {@code IN_PROGRESS}. The text is
 * redacted of client personal data before it leaves, as an escalation's summary is. Immutable.
 *
 * @param ticketId        required
 * @param expectedVersion the version of the ticket the caller read; at least 1
 * @param text            the answer; required, at most {@value AddTicketNote#TEXT_MAX_LENGTH} characters
 */
public record ReplyToVendor(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @MultiLine @NotBlank @Size(max = AddTicketNote.TEXT_MAX_LENGTH) String text) {

    /** Answers on {@code ticket}, as the caller read it. */
    public static ReplyToVendor of(Ticket ticket, String text) {
        return new ReplyToVendor(ticket.id(), ticket.version(), text);
    }
}
