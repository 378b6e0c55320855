// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Shares a note with the vendor's support desk on an escalated ticket, redacted of client personal
 * data as the escalation's summary is, with an image attached when the local administrator confirms
 * that it shows no client data. The ticket's status does not change. Immutable.
 *
 * <p>The attachment is an image of the types a screenshot may be, within the screenshot limit; it is
 * re-encoded before it leaves, which drops its metadata. It travels only with
 * {@code attachmentConfirmedFreeOfClientData}: an attachment without the confirmation is refused, and
 * nothing is sent.
 *
 * @param ticketId                            required
 * @param expectedVersion                     the version of the ticket the caller read; at least 1
 * @param text                                the note; required, at most
 *                                            {@value AddTicketNote#TEXT_MAX_LENGTH} characters
 * @param attachment                          an image to send along; null for none
 * @param attachmentConfirmedFreeOfClientData the administrator's confirmation that the attachment
 *                                            shows no client data; must be true when there is one
 */
public record ShareWithVendor(
        @NotBlank String ticketId,
        @Positive long expectedVersion,
        @MultiLine @NotBlank @Size(max = AddTicketNote.TEXT_MAX_LENGTH) String text,
        Screenshot attachment,
        boolean attachmentConfirmedFreeOfClientData) {

    /** A note without an attachment on {@code ticket}, as the caller read it. */
    public static ShareWithVendor note(Ticket ticket, String text) {
        return new ShareWithVendor(ticket.id(), ticket.version(), text, null, false);
    }

    /**
     * The same note with {@code image} attached, the administrator confirming that it shows no client
     * data.
     */
    public ShareWithVendor withAttachmentConfirmedFreeOfClientData(Screenshot image) {
        return new ShareWithVendor(ticketId, expectedVersion, text, image, true);
    }
}
