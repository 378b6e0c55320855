// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Enrollment.csv's enrollments by the hash of their EnrollmentID, for {@link Stays}: whose and
 * where (hashes of PersonalID and ProjectID), the line, entry and exit (epoch days) and the stages
 * of assessments recorded, in arrays by index that {@link Stays} reads and writes. A later row with
 * the same id replaces an earlier one.
 */
final class Enrollments {

    private final IdTable indexes = new IdTable();
    long[] personal = new long[16];
    long[] project = new long[16];
    int[] line = new int[16];
    int[] entry = new int[16];
    int[] exit = new int[16];
    /** Per assessment file (and disability type), whether a record at entry or exit was seen. */
    int[] stages = new int[16];
    final BitSet deleted = new BitSet();
    int count;

    void put(String id, String personalId, String projectId, long rowLine, int entryDay, boolean isDeleted) {
        int index = indexes.putIfAbsent(DuplicateIds.hash(id), count);
        if (index == IdTable.ABSENT) {
            index = count++;
            if (index == line.length) {
                grow(index * 2);
            }
        }
        personal[index] = DuplicateIds.hash(personalId);
        project[index] = DuplicateIds.hash(projectId);
        line[index] = Math.toIntExact(rowLine);
        entry[index] = entryDay;
        exit[index] = Stays.NONE;
        stages[index] = 0;
        deleted.set(index, isDeleted);
    }

    /** The enrollment's index, or {@link IdTable#ABSENT}. */
    int index(String id) {
        return indexes.get(DuplicateIds.hash(id));
    }

    private void grow(int capacity) {
        personal = Arrays.copyOf(personal, capacity);
        project = Arrays.copyOf(project, capacity);
        line = Arrays.copyOf(line, capacity);
        entry = Arrays.copyOf(entry, capacity);
        exit = Arrays.copyOf(exit, capacity);
        stages = Arrays.copyOf(stages, capacity);
    }
}
