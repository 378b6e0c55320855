// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/** Case notes. Obtained from a {@link StorageSession}. */
public interface CaseNoteStore {

    /**
     * Stores a new note with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a note with this id exists
     */
    CaseNoteRecord insert(CaseNoteRecord note);

    /**
     * Replaces a note. {@code note.version()} is the version the caller read; the stored record
     * gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no note has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    CaseNoteRecord update(CaseNoteRecord note);

    /**
     * Removes a note.
     *
     * @param expectedVersion the version the caller read
     * @throws org.caseload.spi.error.NotFoundException when no note has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    void delete(String id, long expectedVersion);

    /** The note with this id, in any organization. */
    Optional<CaseNoteRecord> findById(String id);

    /**
     * A client's notes as the query selects them: latest note date first, then latest created
     * first, then by id.
     */
    List<CaseNoteRecord> findByClient(ClientHistoryQuery query);
}
