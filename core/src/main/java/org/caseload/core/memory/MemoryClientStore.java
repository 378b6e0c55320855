// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/** Clients and their match-key postings; accessed only under the storage's lock. */
final class MemoryClientStore {

    /** Sorted, so that a scan walks clients in id order. */
    private final TreeMap<String, ClientRecord> byId = new TreeMap<>();
    private final MatchKeyPostings postings = new MatchKeyPostings();
    private final VersionedRecords<String, ClientRecord> records = VersionedRecords.byId("client", "a client",
            ClientRecord::id, ClientRecord::version, ClientRecord::withVersion, byId, List.of(postings));

    ClientStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ClientRecord> implements ClientStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
            return postings.find(query, client -> selects(query, client));
        }

        @Override
        public Map<String, Integer> countByMatchKeys(Set<String> keys, int atMost) {
            if (atMost < 1) {
                throw new IllegalArgumentException("atMost must be at least 1, was " + atMost);
            }
            Map<String, Integer> counts = new HashMap<>();
            for (String key : keys) {
                counts.put(key, Math.min(atMost, postings.holders(key)));
            }
            return counts;
        }

        /**
         * Walks the id-ordered map from the page's start with an iterator: a stream over a tail map
         * would ask the view for its size, which counts every entry to the end, so paging through
         * every client would cost time quadratic in their number.
         */
        @Override
        public List<ClientRecord> scan(ClientScan scan) {
            Map<String, ClientRecord> rest = scan.afterId() == null ? byId : byId.tailMap(scan.afterId(), false);
            List<ClientRecord> page = new ArrayList<>(Math.min(scan.limit(), 1_024));
            Iterator<ClientRecord> clients = rest.values().iterator();
            while (page.size() < scan.limit() && clients.hasNext()) {
                ClientRecord client = clients.next();
                if (scan.organizationIds().isEmpty() || scan.organizationIds().contains(client.organizationId())) {
                    page.add(client);
                }
            }
            return List.copyOf(page);
        }
    }

    /**
     * The best candidates seen so far, at most a limit of them: most hits first, then lowest id. A
     * binary heap over two arrays with the worst kept at the root, compared without comparator
     * objects (a search offers it tens of thousands of candidates for a common name).
     */
    static final class BestCandidates {
        private final int limit;
        private final int[] hits;
        private final String[] ids;
        private int size;

        BestCandidates(int limit) {
            this.limit = limit;
            this.hits = new int[Math.max(1, limit)];
            this.ids = new String[Math.max(1, limit)];
        }

        /** Whether a candidate would be kept: there is room, or it is better than the worst kept. */
        boolean admits(int candidateHits, String id) {
            return limit > 0 && (size < limit || worse(hits[0], ids[0], candidateHits, id));
        }

        /** Keeps a candidate that {@link #admits} said would be kept, dropping the worst when full. */
        void add(int candidateHits, String id) {
            if (size < limit) {
                hits[size] = candidateHits;
                ids[size] = id;
                siftUp(size++);
            } else {
                hits[0] = candidateHits;
                ids[0] = id;
                siftDown(0);
            }
        }

        /**
         * The ids kept, best first: grouped by hits, most first (hits are small counts of keys),
         * then each group sorted by id, which compares fewer ids than sorting them all would.
         */
        List<String> bestFirst() {
            int most = 0;
            for (int i = 0; i < size; i++) {
                most = Math.max(most, hits[i]);
            }
            int[] groupStart = new int[most + 2];
            for (int i = 0; i < size; i++) {
                groupStart[most - hits[i] + 1]++;
            }
            for (int group = 1; group < groupStart.length; group++) {
                groupStart[group] += groupStart[group - 1];
            }
            String[] ordered = new String[size];
            int[] next = Arrays.copyOf(groupStart, groupStart.length);
            for (int i = 0; i < size; i++) {
                ordered[next[most - hits[i]]++] = ids[i];
            }
            for (int group = 0; group + 1 < groupStart.length; group++) {
                Arrays.sort(ordered, groupStart[group], groupStart[group + 1]);
            }
            return Arrays.asList(ordered);
        }

        /** Whether the first candidate ranks below the second: fewer hits, or as many and a higher id. */
        private static boolean worse(int hitsA, String idA, int hitsB, String idB) {
            return hitsA != hitsB ? hitsA < hitsB : idA.compareTo(idB) > 0;
        }

        private void siftUp(int at) {
            int i = at;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(hits[i], ids[i], hits[parent], ids[parent])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int at) {
            int i = at;
            while (true) {
                int worst = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (worse(hits[child], ids[child], hits[worst], ids[worst])) {
                        worst = child;
                    }
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int h = hits[a];
            hits[a] = hits[b];
            hits[b] = h;
            String id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
        }
    }

    private static boolean selects(MatchKeyQuery query, ClientRecord client) {
        return (query.organizationIds().isEmpty() || query.organizationIds().contains(client.organizationId()))
                && (!client.restricted() || client.organizationId().equals(query.restrictedVisibleTo()));
    }
}
