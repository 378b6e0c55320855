// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Deletes a case note that is not read-only.
 *
 * @param noteId          required
 * @param expectedVersion the version of the note the caller read
 */
public record DeleteCaseNote(@NotBlank String noteId, @Positive long expectedVersion) {

    /** Deletes the note as it was read. */
    public static DeleteCaseNote of(CaseNote note) {
        return new DeleteCaseNote(note.id(), note.version());
    }
}
