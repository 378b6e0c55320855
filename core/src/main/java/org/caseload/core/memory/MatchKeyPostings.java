// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/**
 * Which clients carry each match key, as sorted arrays of client ordinals (ADR 0149). A client
 * keeps its ordinal across updates; an ordinal freed by a removal is given to the next client
 * added. A lookup gathers and counts ordinals in {@code int} arrays and meets a client's record only
 * when it may be kept: a million clients' index is some 70 MB of arrays rather than a set of
 * strings per key, and a search reads it without a hash lookup per holder.
 */
final class MatchKeyPostings implements VersionedRecords.Index<ClientRecord> {

    private final Map<String, Postings> byKey = new HashMap<>();
    private final Map<String, Integer> ordinalById = new HashMap<>();
    private ClientRecord[] byOrdinal = new ClientRecord[1_024];
    private int[] freeOrdinals = new int[16];
    private int freeCount;
    private int nextOrdinal;

    @Override
    public void add(ClientRecord client) {
        int ordinal = ordinalById.computeIfAbsent(client.id(), id -> newOrdinal());
        byOrdinal[ordinal] = client;
        for (String key : client.matchKeys()) {
            byKey.computeIfAbsent(key, k -> new Postings()).add(ordinal);
        }
    }

    @Override
    public void remove(ClientRecord client) {
        Integer ordinal = ordinalById.remove(client.id());
        byOrdinal[ordinal] = null;
        for (String key : client.matchKeys()) {
            Postings holders = byKey.get(key);
            holders.remove(ordinal);
            if (holders.size == 0) {
                byKey.remove(key);
            }
        }
        if (freeCount == freeOrdinals.length) {
            freeOrdinals = Arrays.copyOf(freeOrdinals, freeCount * 2);
        }
        freeOrdinals[freeCount++] = ordinal;
    }

    /** How many clients carry {@code key}. */
    int holders(String key) {
        Postings holders = byKey.get(key);
        return holders == null ? 0 : holders.size;
    }

    /**
     * The clients {@link MatchKeyQuery} describes, best first: every client holding one of its match
     * keys that {@code selected} accepts, ranked by how many of the match and ranking keys it holds
     * (most first, then lowest id), at most the query's limit.
     */
    List<ClientRecord> find(MatchKeyQuery query, Predicate<ClientRecord> selected) {
        List<Postings> selecting = new ArrayList<>();
        for (String key : query.matchKeys()) {
            Postings holders = byKey.get(key);
            if (holders != null) {
                selecting.add(holders);
            }
        }
        Hits hits = Hits.of(selecting);
        for (String key : query.rankingKeys()) {
            Postings holders = byKey.get(key);
            if (holders != null && !query.matchKeys().contains(key)) {
                hits.countHolders(holders);
            }
        }
        MemoryClientStore.BestCandidates kept = new MemoryClientStore.BestCandidates(query.limit());
        for (int i = 0; i < hits.size; i++) {
            ClientRecord client = byOrdinal[hits.ordinals[i]];
            if (kept.admits(hits.counts[i], client.id()) && selected.test(client)) {
                kept.add(hits.counts[i], client.id());
            }
        }
        return kept.bestFirst().stream().map(id -> byOrdinal[ordinalById.get(id)]).toList();
    }

    private int newOrdinal() {
        if (freeCount > 0) {
            return freeOrdinals[--freeCount];
        }
        if (nextOrdinal == byOrdinal.length) {
            byOrdinal = Arrays.copyOf(byOrdinal, byOrdinal.length * 2);
        }
        return nextOrdinal++;
    }

    /** The ordinals of one key's holders, ascending. */
    private static final class Postings {
        private int[] ordinals = new int[2];
        private int size;

        void add(int ordinal) {
            // Ordinals mostly grow, so the new one usually goes at the end.
            int at = size == 0 || ordinals[size - 1] < ordinal ? size : Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at < 0) {
                at = -at - 1;
            } else if (at < size) {
                return;
            }
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size + (size >> 1) + 1);
            }
            System.arraycopy(ordinals, at, ordinals, at + 1, size - at);
            ordinals[at] = ordinal;
            size++;
        }

        void remove(int ordinal) {
            int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                System.arraycopy(ordinals, at + 1, ordinals, at, size - at - 1);
                size--;
            }
        }
    }

    /** Distinct ordinals, ascending, each with a count of the keys it holds among those counted. */
    private static final class Hits {
        final int[] ordinals;
        final int[] counts;
        final int size;

        private Hits(int[] ordinals, int[] counts, int size) {
            this.ordinals = ordinals;
            this.counts = counts;
            this.size = size;
        }

        /** The holders of several keys: each once, counted once for every key it holds. */
        private static Hits of(List<Postings> holdersByKey) {
            int total = holdersByKey.stream().mapToInt(holders -> holders.size).sum();
            int[] all = new int[total];
            int at = 0;
            for (Postings holders : holdersByKey) {
                System.arraycopy(holders.ordinals, 0, all, at, holders.size);
                at += holders.size;
            }
            // One key's holders are sorted and distinct already.
            if (holdersByKey.size() > 1) {
                Arrays.sort(all);
            }
            int[] counts = new int[total];
            int size = 0;
            for (int i = 0; i < total; i++) {
                if (size > 0 && all[size - 1] == all[i]) {
                    counts[size - 1]++;
                } else {
                    all[size] = all[i];
                    counts[size++] = 1;
                }
            }
            return new Hits(all, counts, size);
        }

        /**
         * Counts one more key for each of these ordinals that holds it, walking whichever of the
         * two sorted arrays is shorter and searching the other.
         */
        private void countHolders(Postings holders) {
            if (holders.size < size) {
                for (int h = 0; h < holders.size; h++) {
                    int at = Arrays.binarySearch(ordinals, 0, size, holders.ordinals[h]);
                    if (at >= 0) {
                        counts[at]++;
                    }
                }
            } else {
                for (int i = 0; i < size; i++) {
                    if (Arrays.binarySearch(holders.ordinals, 0, holders.size, ordinals[i]) >= 0) {
                        counts[i]++;
                    }
                }
            }
        }
    }
}
