// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Hands a ticket to the vendor's support desk, after the local administrator has seen what would be
 * sent ({@link TicketService#previewEscalation}). Immutable.
 *
 * @param ticketId         required
 * @param expectedVersion  the version of the ticket the caller read; at least 1
 * @param summary          the text to send: the preview's redacted description, possibly shortened
 *                         by the administrator; it is redacted again when sent; required, at most
 *                         {@value AddTicketNote#TEXT_MAX_LENGTH} characters
 * @param sendScreenshot   whether the ticket's screenshot goes along: true only when the
 *                         administrator has confirmed that it shows no client data
 */
public record EscalateTicket(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @MultiLine @NotBlank @Size(max = AddTicketNote.TEXT_MAX_LENGTH) String summary,
        boolean sendScreenshot) {

    /** Escalates what {@code preview} showed, without the screenshot; {@code preview} must not be null. */
    public static EscalateTicket of(EscalationPreview preview) {
        return new EscalateTicket(preview.ticketId(), preview.expectedVersion(), preview.summary(), false);
    }

    /**
     * The same escalation with the screenshot sent along: the administrator confirms that it shows
     * no client data.
     */
    public EscalateTicket withScreenshotConfirmedFreeOfClientData() {
        return new EscalateTicket(ticketId, expectedVersion, summary, true);
    }
}
