// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import org.caseload.spi.storage.StorageSession;

import java.util.List;

/**
 * The history of every ticket: an append-only log per ticket. Obtained from a
 * {@link StorageSession}; there is no way to change or remove an entry, and an implementation must
 * not offer one.
 */
public interface TicketHistoryStore {

    /**
     * Appends an entry to the history of an existing ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist
     * @throws org.caseload.spi.error.StorageException when an entry with this id exists
     */
    void append(TicketHistoryRecord entry);

    /** The entries of a ticket in the order they were appended; empty for an unknown ticket. */
    List<TicketHistoryRecord> entries(String ticketId);
}
