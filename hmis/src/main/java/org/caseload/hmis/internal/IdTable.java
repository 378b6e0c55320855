// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;

/**
 * Ids by their 64-bit hash ({@link DuplicateIds#hash}), each with a number (a line, an index),
 * in two arrays: about 24 bytes an id where a map of the id strings takes about 150. Two ids whose
 * hashes are equal are one here; a caller that must not confuse them compares the ids themselves.
 */
final class IdTable {

    /** What {@link #get} gives for an id not in the table; the numbers kept are never negative. */
    static final int ABSENT = -1;
    private static final int FIRST_CAPACITY = 16;

    private long[] hashes = new long[FIRST_CAPACITY];
    private int[] numbers = filled(FIRST_CAPACITY);
    private int size;

    /** The number kept for an id's hash, or {@link #ABSENT}. */
    int get(long hash) {
        int mask = hashes.length - 1;
        for (int slot = slot(hash, mask); numbers[slot] != ABSENT; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return numbers[slot];
            }
        }
        return ABSENT;
    }

    /** Keeps a number for a hash not in the table; gives the number already kept, or {@link #ABSENT}. */
    int putIfAbsent(long hash, int number) {
        if (number < 0) {
            throw new IllegalArgumentException("a negative number: " + number);
        }
        int mask = hashes.length - 1;
        int slot = slot(hash, mask);
        for (; numbers[slot] != ABSENT; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return numbers[slot];
            }
        }
        hashes[slot] = hash;
        numbers[slot] = number;
        if (++size > hashes.length / 4 * 3) {
            grow();
        }
        return ABSENT;
    }

    /** How many hashes are kept. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        hashes = new long[oldHashes.length * 2];
        numbers = filled(hashes.length);
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldNumbers[i] != ABSENT) {
                int slot = slot(oldHashes[i], mask);
                while (numbers[slot] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    /** The first slot to look in: the hash's bits mixed, since FNV's low bits alone cluster. */
    private static int slot(long hash, int mask) {
        long mixed = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (mixed ^ (mixed >>> 33)) & mask;
    }

    private static int[] filled(int length) {
        int[] numbers = new int[length];
        Arrays.fill(numbers, ABSENT);
        return numbers;
    }
}
