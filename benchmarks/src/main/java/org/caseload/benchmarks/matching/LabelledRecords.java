// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.linkage.MatchSubject;

/**
 * Records with their ground truth: two records are one person exactly when their entity labels
 * are equal.
 *
 * @param subjects      the records, in file order
 * @param entityOf      the entity label of each record id
 * @param skippedLines  malformed lines that were reported and skipped
 * @param unreadableDates dates of birth that were no calendar date and were treated as missing
 */
record LabelledRecords(List<MatchSubject> subjects, Map<String, String> entityOf, int skippedLines,
        int unreadableDates) {

    /** Whether two record ids belong to one entity. */
    boolean sameEntity(String idA, String idB) {
        return entityOf.get(idA).equals(entityOf.get(idB));
    }

    /** The number of record pairs that belong to one entity. */
    long truePairs() {
        Map<String, Integer> sizes = new HashMap<>();
        entityOf.values().forEach(entity -> sizes.merge(entity, 1, Integer::sum));
        return sizes.values().stream().mapToLong(size -> (long) size * (size - 1) / 2).sum();
    }
}
