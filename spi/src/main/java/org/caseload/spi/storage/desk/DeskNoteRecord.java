// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * A note of the vendor's support staff on a desk ticket. Notes are never changed or removed.
 *
 * @param id           required
 * @param deskTicketId required
 * @param authorUserId required
 * @param authorName   the author as shown to readers; required
 * @param shared       whether the organization sees it (synchronized back); otherwise it never leaves
 *                     the vendor
 * @param text         required
 * @param createdAt    required
 * @param fromOrganization whether the organization wrote it (a reply or a note it shared), rather
 *                     than the vendor's staff; such a note is {@code shared}
 */
public record DeskNoteRecord(String id, String deskTicketId, String authorUserId, String authorName, boolean shared,
                             String text, Instant createdAt, boolean fromOrganization) {

    public DeskNoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deskTicketId, "deskTicketId");
        Objects.requireNonNull(authorUserId, "authorUserId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (fromOrganization && !shared) {
            throw new IllegalArgumentException("a note from the organization is shared with it");
        }
    }

    /** A note of the vendor's support staff. */
    public DeskNoteRecord(String id, String deskTicketId, String authorUserId, String authorName, boolean shared,
                          String text, Instant createdAt) {
        this(id, deskTicketId, authorUserId, authorName, shared, text, createdAt, false);
    }
}
