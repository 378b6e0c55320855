// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import org.caseload.spi.storage.StorageSession;

import java.util.List;

/**
 * The history of every desk ticket: an append-only log per desk ticket. Obtained from a
 * {@link StorageSession}; there is no way to change or remove an entry.
 */
public interface DeskHistoryStore {

    /**
     * Appends an entry to the history of an existing desk ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the desk ticket does not exist
     * @throws org.caseload.spi.error.StorageException when an entry with this id exists
     */
    void append(DeskHistoryRecord entry);

    /** The entries of a desk ticket in the order they were appended; empty for an unknown one. */
    List<DeskHistoryRecord> entries(String deskTicketId);
}
