// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caseload.hmis.HmisFinding.Severity;

/**
 * The households of Enrollment.csv's rows that are not deleted, each with exactly one head. Held:
 * the hash of (ProjectID, HouseholdID), the first line and two counts a household; the ids the
 * findings name are read again from the household's first row.
 */
final class Households {

    private static final String HEAD = "1";
    private static final List<String> HOUSEHOLD_ID = List.of("HouseholdID");

    private final IdTable indexes = new IdTable();
    private int[] firstLines = new int[16];
    private int[] heads = new int[16];
    private int[] members = new int[16];
    private int count;

    /** Takes an Enrollment.csv row. */
    void enrollment(long line, Function<String, String> row) {
        String household = row.apply("HouseholdID");
        if (household == null || row.apply("DateDeleted") != null) {
            return;
        }
        int index = indexes.putIfAbsent(DuplicateIds.hash(row.apply("ProjectID") + "\u0000" + household), count);
        if (index == IdTable.ABSENT) {
            index = count++;
            if (index == firstLines.length) {
                firstLines = Arrays.copyOf(firstLines, index * 2);
                heads = Arrays.copyOf(heads, index * 2);
                members = Arrays.copyOf(members, index * 2);
            }
            firstLines[index] = Math.toIntExact(line);
        }
        members[index]++;
        if (HEAD.equals(row.apply("RelationshipToHoH"))) {
            heads[index]++;
        }
    }

    /**
     * Tells the households without exactly one head, in the order of their first rows; the ids of
     * those that can be listed are read again.
     */
    void judge(FindingSink sink, RowsAgain again) {
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < count && named.size() < ExportCheck.FINDINGS_PER_FILE; i++) {
            if (heads[i] != 1) {
                named.add((long) firstLines[i]);
            }
        }
        Map<Long, List<String>> ids = again.values("Enrollment", named, HOUSEHOLD_ID);
        for (int i = 0; i < count; i++) {
            if (heads[i] == 1) {
                continue;
            }
            List<String> values = ids.get((long) firstLines[i]);
            String id = values == null ? null : values.get(0);
            sink.add(Severity.ERROR, "Enrollment.csv", firstLines[i], "RelationshipToHoH", id, heads[i] == 0
                    ? "household " + id + " has no head (RelationshipToHoH 1) among its " + members[i] + " enrollments"
                    : "household " + id + " has " + heads[i] + " heads (RelationshipToHoH 1); it must have exactly one");
        }
    }
}
