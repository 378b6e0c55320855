// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored case note about a client.
 *
 * @param id             required
 * @param organizationId the organization whose user wrote it, the only one that sees it; required
 * @param clientId       required
 * @param enrollmentId   the enrollment it belongs to; may be null
 * @param noteDate       the date the note is about, such as the day of a meeting; required
 * @param authorUserId   required
 * @param authorName     the author's display name when the note was written; required
 * @param regarding      the title; required
 * @param text           required
 * @param readOnly       whether the note may no longer be edited or deleted
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record CaseNoteRecord(
        String id,
        String organizationId,
        String clientId,
        String enrollmentId,
        LocalDate noteDate,
        String authorUserId,
        String authorName,
        String regarding,
        String text,
        boolean readOnly,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public CaseNoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(noteDate, "noteDate");
        Objects.requireNonNull(authorUserId, "authorUserId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(regarding, "regarding");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This note with new content, changed at {@code at}, still at the version it was read. */
    public CaseNoteRecord withContent(LocalDate newNoteDate, String newRegarding, String newText, boolean newReadOnly,
                                      Instant at) {
        return new CaseNoteRecord(id, organizationId, clientId, enrollmentId, newNoteDate, authorUserId, authorName,
                newRegarding, newText, newReadOnly, createdAt, at, version);
    }

    /** This record with another version, as a store returns it after a write. */
    public CaseNoteRecord withVersion(long newVersion) {
        return new CaseNoteRecord(id, organizationId, clientId, enrollmentId, noteDate, authorUserId, authorName,
                regarding, text, readOnly, createdAt, updatedAt, newVersion);
    }

    /** This note moved to another client, as a merge moves it; nothing else changes. */
    public CaseNoteRecord withClientId(String newClientId) {
        return new CaseNoteRecord(id, organizationId, newClientId, enrollmentId, noteDate, authorUserId, authorName,
                regarding, text, readOnly, createdAt, updatedAt, version);
    }
}
