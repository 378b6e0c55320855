// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/**
 * What a bulk run did: counts only, never personal data.
 *
 * @param subjects       records in the run
 * @param candidatePairs pairs the blocking produced and that were compared
 * @param reportedPairs  pairs handed to the consumer
 * @param cancelled      whether the run stopped early because it was cancelled
 * @param droppedKeys    blocking keys dropped because too many records shared them
 */
public record DetectionSummary(long subjects, long candidatePairs, long reportedPairs, boolean cancelled,
        long droppedKeys) {

    /** A summary of a run that dropped no blocking key. */
    public DetectionSummary(long subjects, long candidatePairs, long reportedPairs, boolean cancelled) {
        this(subjects, candidatePairs, reportedPairs, cancelled, 0);
    }
}
