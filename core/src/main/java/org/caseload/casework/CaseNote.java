// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case note as a caller sees it.
 *
 * @param id             the note id
 * @param organizationId the organization that wrote it, the only one that sees it
 * @param clientId       the client it is about
 * @param enrollmentId   the enrollment it belongs to; may be null
 * @param noteDate       the date it is about
 * @param authorUserId   who wrote it
 * @param authorName     the author's display name
 * @param regarding      its title
 * @param text           its text
 * @param readOnly       whether it may no longer be edited or deleted
 * @param createdAt      when it was written
 * @param updatedAt      when it last changed
 * @param version        the version, to name when editing or deleting it
 */
public record CaseNote(
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
}
