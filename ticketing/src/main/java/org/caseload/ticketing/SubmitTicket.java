package org.caseload.ticketing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.TicketKind;

/**
 * Submits a support ticket ("Report an issue", "Ask a question", "Make a suggestion"). Immutable;
 * every rule below is checked before anything is stored, and every broken one is reported.
 *
 * @param kind        required
 * @param description what the user wrote; required, at most {@value #DESCRIPTION_MAX_LENGTH} characters
 * @param source      where the user was, supplied by the host; required
 * @param contact     how to reach the reporter; required
 */
public record SubmitTicket(
        @NotNull TicketKind kind,
        @NotBlank @Size(max = DESCRIPTION_MAX_LENGTH) String description,
        @NotNull @Valid TicketSource source,
        @NotNull @Valid ReporterContact contact) {

    /** The longest description accepted. */
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
}
