// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Client.csv's clients for {@link Stays}: the line, the date of birth (an epoch day) and the veteran
 * status judged against ages at entry, in arrays by the line of the first row with the id's hash,
 * which Client.csv's keys give (no second table of the ids). A later row with the same id replaces
 * an earlier one.
 */
final class Clients {

    private static final byte OTHER = 0;
    private static final byte YES = 1;
    private static final byte NOT_COLLECTED = 99;

    private final IdTable keys;
    private int[] lines = new int[16];
    private int[] births = new int[16];
    private byte[] veterans = new byte[16];
    private final BitSet veteranTold = new BitSet();

    /** @param keys Client.csv's keys, each row's id put before the row comes here */
    Clients(IdTable keys) {
        this.keys = keys;
    }

    void put(String id, long line, int birth, String veteranStatus) {
        int index = keys.get(DuplicateIds.hash(id));
        if (index >= lines.length) {
            int capacity = Math.max(index + 1, lines.length * 2);
            lines = Arrays.copyOf(lines, capacity);
            births = Arrays.copyOf(births, capacity);
            veterans = Arrays.copyOf(veterans, capacity);
        }
        lines[index] = Math.toIntExact(line);
        births[index] = birth;
        veterans[index] = "1".equals(veteranStatus) ? YES : "99".equals(veteranStatus) ? NOT_COLLECTED : OTHER;
        veteranTold.clear(index);
    }

    /** The client's index, or {@link IdTable#ABSENT}. */
    int index(String id) {
        int index = keys.get(DuplicateIds.hash(id));
        return index < lines.length ? index : IdTable.ABSENT;
    }

    int line(int client) {
        return lines[client];
    }

    int birth(int client) {
        return births[client];
    }

    /** 1 or 99, the statuses judged against ages; null for the others. */
    String veteranStatus(int client) {
        return veterans[client] == YES ? "1" : veterans[client] == NOT_COLLECTED ? "99" : null;
    }

    /** Whether a finding was told of the client's veteran status. */
    boolean veteranTold(int client) {
        return veteranTold.get(client);
    }

    void tellVeteran(int client) {
        veteranTold.set(client);
    }
}
