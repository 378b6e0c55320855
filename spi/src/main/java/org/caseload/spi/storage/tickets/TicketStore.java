// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import org.caseload.spi.storage.StorageSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Support tickets, their notes and their screenshots. Obtained from a {@link StorageSession}. */
public interface TicketStore {

    /**
     * Stores a new ticket with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a ticket with this id exists, or a ticket
     *         of the same organization has the same idempotency key
     */
    TicketRecord insert(TicketRecord ticket);

    /**
     * Replaces a ticket. {@code ticket.version()} is the version the caller read; the stored record
     * gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no ticket has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    TicketRecord update(TicketRecord ticket);

    /** The ticket with this id, in any organization. */
    Optional<TicketRecord> findById(String id);

    /** One organization's tickets, as the query describes. */
    List<TicketRecord> find(TicketQuery query);

    /**
     * Adds a note to an existing ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist
     * @throws org.caseload.spi.error.StorageException when a note with this id exists
     */
    void addNote(TicketNoteRecord note);

    /** The notes of a ticket in the order they were added; empty for an unknown ticket. */
    List<TicketNoteRecord> notes(String ticketId);

    /** The ticket of an organization submitted under an idempotency key. */
    Optional<TicketRecord> findByIdempotencyKey(String organizationId, String key);

    /**
     * Tickets of every organization that are in {@code status} and entered it at or before
     * {@code cutoff}, those in it longest first (by status-change time, then id), at most
     * {@code limit} of them. Answered from an index, without reading every ticket.
     */
    List<TicketRecord> findInStatusEnteredBy(TicketStatus status, Instant cutoff, int limit);

    /**
     * Keeps the screenshot of an existing ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist
     * @throws org.caseload.spi.error.StorageException when the ticket already has a screenshot
     */
    void putScreenshot(TicketScreenshotRecord screenshot);

    /** The screenshot of a ticket; empty when it has none or does not exist. */
    Optional<TicketScreenshotRecord> screenshot(String ticketId);
}
