// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * A note on a ticket. Notes are never changed or removed once added.
 *
 * @param id         required
 * @param ticketId   required
 * @param authorName the author as shown to readers; required
 * @param visibility who may read it; required
 * @param origin     where it was written; required
 * @param text       required
 * @param createdAt  required
 */
public record TicketNoteRecord(
        String id,
        String ticketId,
        String authorName,
        Visibility visibility,
        Origin origin,
        String text,
        Instant createdAt) {

    public TicketNoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Who may read a note. */
    public enum Visibility {
        /** The reporter and the organization's administrators. */
        PUBLIC,
        /** The organization's administrators only. */
        INTERNAL
    }

    /** Where a note was written. */
    public enum Origin {
        /** Inside the organization. */
        LOCAL,
        /** At the vendor's support desk, synchronized back. */
        VENDOR
    }
}
