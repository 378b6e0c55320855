// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseload.core.internal.MultiLine;

/**
 * Replaces the content of a case note that is not read-only. Setting {@code readOnly} makes the
 * note final; nothing makes it editable again.
 *
 * @param noteId          required
 * @param expectedVersion the version of the note the caller read
 * @param noteDate        required, not in the future
 * @param regarding       required, at most {@value WriteCaseNote#REGARDING_MAX_LENGTH} characters
 * @param text            required, at most {@value WriteCaseNote#TEXT_MAX_LENGTH} characters
 * @param readOnly        whether the note becomes final
 */
public record EditCaseNote(
        @NotBlank String noteId,
        @Positive long expectedVersion,
        @NotNull @PastOrPresent LocalDate noteDate,
        @NotBlank @Size(max = WriteCaseNote.REGARDING_MAX_LENGTH) String regarding,
        @MultiLine @NotBlank @Size(max = WriteCaseNote.TEXT_MAX_LENGTH) String text,
        boolean readOnly) {
}
