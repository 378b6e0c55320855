// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.core.internal.MultiLine;

/**
 * Submits a support ticket ("Report an issue", "Ask a question", "Make a suggestion"). Immutable;
 * every rule below is checked before anything is stored, and every broken one is reported.
 *
 * <pre>{@code
 * SubmitTicket.of(TicketKind.ISSUE, "Save does nothing", source, contact)
 *     .withScreenshot(Screenshot.of(png))
 *     .withIdempotencyKey(requestId);
 * }</pre>
 *
 * @param kind           required
 * @param description    what the user wrote; required, at most {@value #DESCRIPTION_MAX_LENGTH} characters
 * @param source         where the user was, supplied by the host; required
 * @param contact        how to reach the reporter; required
 * @param screenshot     may be null; a PNG, JPEG or WebP image (recognized from its bytes) no
 *                       larger than the limit {@link Ticketing.Builder#screenshotLimit} sets
 * @param idempotencyKey the host's key for this submission, such as its request id; may be null;
 *                       1 to {@value #IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters
 *                       without spaces. Submitting again under the same key returns the first
 *                       ticket; see {@link TicketService#submit}
 */
public record SubmitTicket(
        @NotNull TicketKind kind,
        @MultiLine @NotBlank @Size(max = DESCRIPTION_MAX_LENGTH) String description,
        @NotNull @Valid TicketSource source,
        @NotNull @Valid ReporterContact contact,
        Screenshot screenshot,
        @Size(max = IDEMPOTENCY_KEY_MAX_LENGTH)
        @Pattern(regexp = "[\\x21-\\x7E]+", message = "{caseload.ticket.idempotencyKey.format}") String idempotencyKey) {

    /** The longest description accepted. */
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
    /** The longest idempotency key accepted. */
    public static final int IDEMPOTENCY_KEY_MAX_LENGTH = 200;

    /** A submission without a screenshot or an idempotency key. */
    public static SubmitTicket of(TicketKind kind, String description, TicketSource source, ReporterContact contact) {
        return new SubmitTicket(kind, description, source, contact, null, null);
    }

    /** This submission with a screenshot (null: none). */
    public SubmitTicket withScreenshot(Screenshot newScreenshot) {
        return new SubmitTicket(kind, description, source, contact, newScreenshot, idempotencyKey);
    }

    /** This submission under the host's idempotency key (null: none). */
    public SubmitTicket withIdempotencyKey(String key) {
        return new SubmitTicket(kind, description, source, contact, screenshot, key);
    }
}
