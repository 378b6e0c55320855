// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds ids seen twice in a file without keeping the ids: a 64-bit hash of each (8 bytes a row, where
 * a set of the ids of a file of millions of rows would take hundreds of megabytes). Hashes seen
 * twice name the candidates; the caller reads the file again and compares the ids themselves, so a
 * collision of hashes never refuses a row.
 */
final class DuplicateIds {

    private long[] hashes = new long[1024];
    private int size;

    void add(String id) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(id);
    }

    /** The hashes added more than once; empty when no id can have been. */
    Set<Long> repeatedHashes() {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        return repeated;
    }

    /** FNV-1a over the id's characters. */
    static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
