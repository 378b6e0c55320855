// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Enrollment.csv's enrollments for {@link Stays}: whose and where (one hash of PersonalID and
 * ProjectID), the line, entry and exit (epoch days) and the stages of assessments recorded, in
 * arrays that {@link Stays} reads and writes, by the line of the first row with the id's hash, which
 * Enrollment.csv's keys give (no second table of the ids); 0 in {@link #line} where no enrollment
 * is. A later row with the same id replaces an earlier one.
 */
final class Enrollments {

    private final IdTable keys;
    /** The hash of PersonalID and ProjectID: the stays of a client in a project share it. */
    long[] group = new long[16];
    int[] line = new int[16];
    int[] entry = new int[16];
    int[] exit = new int[16];
    /** Per assessment file (and disability type), whether a record at entry or exit was seen. */
    int[] stages = new int[16];
    final BitSet deleted = new BitSet();

    /** @param keys Enrollment.csv's keys, each row's id put before the row comes here */
    Enrollments(IdTable keys) {
        this.keys = keys;
    }

    void put(String id, String personalId, String projectId, long rowLine, int entryDay, boolean isDeleted) {
        int index = keys.get(DuplicateIds.hash(id));
        if (index >= line.length) {
            grow(Math.max(index + 1, line.length * 2));
        }
        group[index] = DuplicateIds.hash(personalId + "\u0000" + projectId);
        line[index] = Math.toIntExact(rowLine);
        entry[index] = entryDay;
        exit[index] = Stays.NONE;
        stages[index] = 0;
        deleted.set(index, isDeleted);
    }

    /** The enrollment's index, or {@link IdTable#ABSENT}. */
    int index(String id) {
        int index = keys.get(DuplicateIds.hash(id));
        return index < line.length ? index : IdTable.ABSENT;
    }

    /** Gives back the room grown beyond the last enrollment, once Enrollment.csv has been read. */
    void trim() {
        int length = line.length;
        while (length > 0 && line[length - 1] == 0) {
            length--;
        }
        grow(length);
    }

    private void grow(int capacity) {
        group = Arrays.copyOf(group, capacity);
        line = Arrays.copyOf(line, capacity);
        entry = Arrays.copyOf(entry, capacity);
        exit = Arrays.copyOf(exit, capacity);
        stages = Arrays.copyOf(stages, capacity);
    }
}
