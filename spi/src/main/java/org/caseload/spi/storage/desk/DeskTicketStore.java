// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/**
 * The escalated tickets of every organization at the vendor's support desk, their notes and their
 * screenshots. Obtained from a {@link StorageSession}.
 */
public interface DeskTicketStore {

    /**
     * Stores a new desk ticket with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a desk ticket with this id, or of the same
     *         organization and ticket id, exists
     */
    DeskTicketRecord insert(DeskTicketRecord ticket);

    /**
     * Replaces a desk ticket. {@code ticket.version()} is the version the caller read; the stored
     * record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no desk ticket has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    DeskTicketRecord update(DeskTicketRecord ticket);

    /** The desk ticket with this id. */
    Optional<DeskTicketRecord> findById(String id);

    /** The desk ticket of an organization's ticket. */
    Optional<DeskTicketRecord> findByTicket(String organizationId, String ticketId);

    /** The desk tickets the query selects, oldest received first, then by id. */
    List<DeskTicketRecord> find(DeskTicketQuery query);

    /**
     * Adds a note to an existing desk ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the desk ticket does not exist
     * @throws org.caseload.spi.error.StorageException when a note with this id exists
     */
    void addNote(DeskNoteRecord note);

    /** The notes of a desk ticket in the order they were added; empty for an unknown one. */
    List<DeskNoteRecord> notes(String deskTicketId);

    /**
     * Keeps the screenshot of an existing desk ticket, replacing one kept before.
     *
     * @throws org.caseload.spi.error.NotFoundException when the desk ticket does not exist
     */
    void putAttachment(DeskAttachmentRecord attachment);

    /** The screenshot of a desk ticket. */
    Optional<DeskAttachmentRecord> attachment(String deskTicketId);

    /**
     * Keeps the attachment the organization sent with a note, by the note's id; the attachment names
     * the note's desk ticket.
     *
     * @throws org.caseload.spi.error.NotFoundException when the desk ticket does not exist
     * @throws org.caseload.spi.error.StorageException when the note has an attachment already
     */
    void putNoteAttachment(String noteId, DeskAttachmentRecord attachment);

    /** The attachment of a note, when it came with one. */
    Optional<DeskAttachmentRecord> noteAttachment(String noteId);
}
