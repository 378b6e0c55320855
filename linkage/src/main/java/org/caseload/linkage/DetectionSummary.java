// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/**
 * What a bulk run did: counts only, never personal data.
 *
 * @param subjects       records in the run
 * @param candidatePairs pairs the blocking produced and that were compared
 * @param reportedPairs  pairs handed to the consumer
 * @param cancelled      whether the run stopped early because it was cancelled
 */
public record DetectionSummary(long subjects, long candidatePairs, long reportedPairs, boolean cancelled) {
}
