// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseload.core.internal.MultiLine;

/**
 * Writes a case note about a client, as the caller.
 *
 * @param clientId     required
 * @param enrollmentId one of the client's enrollments the note belongs to; optional
 * @param noteDate     the date the note is about; required, not in the future
 * @param regarding    the title; required, at most {@value #REGARDING_MAX_LENGTH} characters
 * @param text         required, at most {@value #TEXT_MAX_LENGTH} characters
 * @param readOnly     whether the note is final at once: never edited or deleted
 */
public record WriteCaseNote(
        @NotBlank String clientId,
        String enrollmentId,
        @NotNull @PastOrPresent LocalDate noteDate,
        @NotBlank @Size(max = REGARDING_MAX_LENGTH) String regarding,
        @MultiLine @NotBlank @Size(max = TEXT_MAX_LENGTH) String text,
        boolean readOnly) {

    /** The longest title accepted. */
    public static final int REGARDING_MAX_LENGTH = 200;
    /** The longest text accepted. */
    public static final int TEXT_MAX_LENGTH = 20_000;

    /** An editable note about a client, not tied to an enrollment. */
    public static WriteCaseNote about(String clientId, LocalDate noteDate, String regarding, String text) {
        return new WriteCaseNote(clientId, null, noteDate, regarding, text, false);
    }
}
