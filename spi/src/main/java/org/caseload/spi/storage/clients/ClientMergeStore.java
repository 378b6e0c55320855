// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import org.caseload.spi.storage.StorageSession;

import java.util.Optional;

/** The merges of clients, undone or not. Obtained from a {@link StorageSession}. */
public interface ClientMergeStore {

    /**
     * Stores a new merge with version 1, its moved records in order, and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a merge with this id exists
     */
    ClientMergeRecord insert(ClientMergeRecord merge);

    /**
     * Records that a merge was undone: only {@code unmergedBy} and {@code unmergedAt} change.
     * {@code merge.version()} is the version the caller read; the stored record gets version + 1.
     *
     * @throws org.caseload.spi.error.NotFoundException when no merge has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    ClientMergeRecord update(ClientMergeRecord merge);

    /** The merge with this id. */
    Optional<ClientMergeRecord> findById(String id);
}
