package org.caseload.spi.storage;

import java.time.Instant;

/**
 * A selection of audit entries, oldest first (by time, then id). Every criterion that is null
 * matches everything.
 *
 * @param organizationId entries of this organization only; may be null
 * @param userId         entries of this user only; may be null
 * @param recordId       entries about this record only; may be null
 * @param from           entries at or after this instant; may be null
 * @param to             entries before this instant; may be null
 * @param limit          the most entries to return, at least 1
 */
public record AuditQuery(String organizationId, String userId, String recordId,
                         Instant from, Instant to, int limit) {
    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** Every entry of one organization, up to {@code limit}. */
    public static AuditQuery forOrganization(String organizationId, int limit) {
        return new AuditQuery(organizationId, null, null, null, null, limit);
    }
}
