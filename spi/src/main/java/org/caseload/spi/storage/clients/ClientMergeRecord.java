// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A merge of one client into another, kept so that it can be undone exactly.
 *
 * @param id             the merge id; required
 * @param organizationId the organization of both clients; required
 * @param sourceClientId the client merged away; required
 * @param targetClientId the client kept; required
 * @param moved          what the merge moved, in the order it moved them; required
 * @param reason         why, as the user gave it; required
 * @param mergedBy       the user id; required
 * @param mergedAt       required
 * @param unmergedBy     the user who undid it; null while it stands
 * @param unmergedAt     null while it stands
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ClientMergeRecord(String id, String organizationId, String sourceClientId, String targetClientId,
        List<MovedRecord> moved, String reason, String mergedBy, Instant mergedAt, String unmergedBy,
        Instant unmergedAt, long version) {
    public ClientMergeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(sourceClientId, "sourceClientId");
        Objects.requireNonNull(targetClientId, "targetClientId");
        moved = List.copyOf(Objects.requireNonNull(moved, "moved"));
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(mergedBy, "mergedBy");
        Objects.requireNonNull(mergedAt, "mergedAt");
        if ((unmergedBy == null) != (unmergedAt == null)) {
            throw new IllegalArgumentException("merge " + id + ": unmergedBy and unmergedAt go together");
        }
    }

    /** This merge marked undone. */
    public ClientMergeRecord undone(String userId, Instant at) {
        return new ClientMergeRecord(id, organizationId, sourceClientId, targetClientId, moved, reason, mergedBy,
                mergedAt, Objects.requireNonNull(userId, "userId"), Objects.requireNonNull(at, "at"), version);
    }
}
