// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;

/**
 * Case notes about clients. Obtained from {@code Caseload.caseNotes()}; thread-safe. Reads need
 * {@code client.read}, changes {@code client.write}.
 *
 * <p>A note is seen only inside the organization that wrote it, whatever else the caller may see
 * (a system administrator of another organization included): anyone else gets
 * {@link org.caseload.spi.error.NotFoundException}. A read-only note is final: editing or
 * deleting it fails with {@link org.caseload.spi.error.InvalidTransitionException}.
 */
public interface CaseNoteService {

    /**
     * Writes a note as the caller; its title and text are stored without leading and trailing
     * white space.
     *
     * @throws org.caseload.spi.error.ValidationException when the command is invalid, or the
     *         enrollment is another client's
     * @throws org.caseload.spi.error.NotFoundException when the client or the enrollment does not
     *         exist or the caller may not see it
     */
    CaseNote write(WriteCaseNote command);

    /**
     * Replaces a note's content.
     *
     * @throws org.caseload.spi.error.InvalidTransitionException when the note is read-only
     * @throws org.caseload.spi.error.NotFoundException when the note does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since the
     *         caller read it
     */
    CaseNote edit(EditCaseNote command);

    /**
     * Deletes a note.
     *
     * @throws org.caseload.spi.error.InvalidTransitionException when the note is read-only
     * @throws org.caseload.spi.error.NotFoundException when the note does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since the
     *         caller read it
     */
    void delete(DeleteCaseNote command);

    /**
     * The note with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not see it
     */
    CaseNote get(String noteId);

    /**
     * A client's most recent notes written in the caller's organization: latest note date first.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    List<CaseNote> notesOf(HistoryRequest request);
}
