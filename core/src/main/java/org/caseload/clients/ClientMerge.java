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
 *                       {@code caseNote:…}, {@code serviceDelivery:…}, {@code household:…}); only
 *                       records of the caller's organization move
 * @param otherOrganizationsRecordsLeft how many records of other organizations about the source
 *                       (enrollments, case notes, services, households) this call left where they
 *                       were: they stay with the source and their owners decide about them; 0 for
 *                       an undo, which moves back only what the merge moved
 * @param mergedBy       the user who merged
 * @param mergedAt       when
 * @param unmergedBy     the user who undid it; null while it stands
 * @param unmergedAt     when it was undone; null while it stands
 */
public record ClientMerge(String id, String sourceClientId, String targetClientId, List<String> movedRecords,
        int otherOrganizationsRecordsLeft, String mergedBy, Instant mergedAt, String unmergedBy, Instant unmergedAt) {
    public ClientMerge {
        movedRecords = List.copyOf(movedRecords);
    }

    /** Whether the merge has been undone. */
    public boolean undone() {
        return unmergedAt != null;
    }
}
