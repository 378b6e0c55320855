// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.audit;

import java.time.Instant;

/**
 * A selection of audit entries, oldest first (by time, then id). Every criterion that is null
 * matches everything.
 *
 * @param organizationId  entries of this organization only; may be null
 * @param userId          entries of this user only; may be null
 * @param recordId        entries about this record only; may be null
 * @param from            entries at or after this instant; may be null
 * @param to              entries before this instant; may be null
 * @param limit           the most entries to return, at least 1
 * @param afterOccurredAt with {@code afterId}, the last entry of the previous page: only entries
 *                        after it in the order (later, or at the same instant with a greater id);
 *                        may be null, together with {@code afterId}, for the first page
 * @param afterId         see {@code afterOccurredAt}
 */
public record AuditQuery(String organizationId, String userId, String recordId,
                         Instant from, Instant to, int limit, Instant afterOccurredAt, String afterId) {
    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if ((afterOccurredAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("afterOccurredAt and afterId go together");
        }
    }

    /** The first page of a selection. */
    public AuditQuery(String organizationId, String userId, String recordId, Instant from, Instant to, int limit) {
        this(organizationId, userId, recordId, from, to, limit, null, null);
    }

    /** Every entry of one organization, up to {@code limit}. */
    public static AuditQuery forOrganization(String organizationId, int limit) {
        return new AuditQuery(organizationId, null, null, null, null, limit);
    }

    /** This selection's page that follows {@code last}, an entry of the page before. */
    public AuditQuery after(AuditEntry last) {
        return new AuditQuery(organizationId, userId, recordId, from, to, limit, last.occurredAt(), last.id());
    }

    /** Whether an entry comes after this query's cursor in the order (any entry, without one). */
    public boolean isAfterCursor(AuditEntry entry) {
        if (afterOccurredAt == null) {
            return true;
        }
        int byTime = entry.occurredAt().compareTo(afterOccurredAt);
        return byTime > 0 || byTime == 0 && entry.id().compareTo(afterId) > 0;
    }
}
