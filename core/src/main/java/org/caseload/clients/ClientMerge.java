// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.time.Instant;
import java.util.List;

/**
 * A merge of one client into another, and what it moved.
 *
 * @param id             the merge id, to name when undoing it
 * @param sourceClientId the client merged away
 * @param targetClientId the client kept
 * @param movedRecords   the records the merge moved, each as {@code type:id} ({@code enrollment:…},
 *                       {@code caseNote:…}, {@code serviceDelivery:…}, {@code household:…})
 * @param mergedBy       the user who merged
 * @param mergedAt       when
 * @param unmergedBy     the user who undid it; null while it stands
 * @param unmergedAt     when it was undone; null while it stands
 */
public record ClientMerge(String id, String sourceClientId, String targetClientId, List<String> movedRecords,
        String mergedBy, Instant mergedAt, String unmergedBy, Instant unmergedAt) {
    public ClientMerge {
        movedRecords = List.copyOf(movedRecords);
    }

    /** Whether the merge has been undone. */
    public boolean undone() {
        return unmergedAt != null;
    }
}
