// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/** Clients and their match-key index; accessed only under the storage's lock. */
final class MemoryClientStore {

    /** Sorted, so that a scan walks clients in id order. */
    private final TreeMap<String, ClientRecord> byId = new TreeMap<>();
    private final Map<String, Set<String>> idsByMatchKey = new HashMap<>();
    private final VersionedRecords<String, ClientRecord> records = VersionedRecords.byId("client", "a client",
            ClientRecord::id, ClientRecord::version, ClientRecord::withVersion, byId, List.of(new MatchKeyIndex()));

    ClientStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ClientRecord> implements ClientStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        /**
         * Counts the hits of the clients the match keys select, then looks up each ranking key
         * only in the sets of those candidates, so that a key held by many clients costs a
         * lookup per candidate rather than a walk of its holders (whichever is fewer); the best are kept in a heap
         * bounded by the limit rather than all sorted.
         */
        @Override
        public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
            Map<String, int[]> hits = new HashMap<>();
            for (String key : query.matchKeys()) {
                for (String id : idsByMatchKey.getOrDefault(key, Set.of())) {
                    hits.computeIfAbsent(id, k -> new int[1])[0]++;
                }
            }
            for (String key : query.rankingKeys()) {
                Set<String> holders = idsByMatchKey.get(key);
                if (holders == null || query.matchKeys().contains(key)) {
                    continue;
                }
                if (holders.size() < hits.size()) {
                    for (String id : holders) {
                        int[] count = hits.get(id);
                        if (count != null) {
                            count[0]++;
                        }
                    }
                } else {
                    for (Map.Entry<String, int[]> hit : hits.entrySet()) {
                        if (holders.contains(hit.getKey())) {
                            hit.getValue()[0]++;
                        }
                    }
                }
            }
            // The worst of the best kept at the head, to be replaced by a better one.
            Comparator<Ranked> best = Comparator.comparingInt(Ranked::hits).reversed().thenComparing(Ranked::id);
            PriorityQueue<Ranked> kept = new PriorityQueue<>(query.limit() + 1, best.reversed());
            for (Map.Entry<String, int[]> hit : hits.entrySet()) {
                Ranked ranked = new Ranked(hit.getKey(), hit.getValue()[0]);
                if (kept.size() == query.limit() && best.compare(ranked, kept.peek()) >= 0) {
                    continue;
                }
                ClientRecord client = byId.get(ranked.id());
                if (selects(query, client)) {
                    kept.add(ranked);
                    if (kept.size() > query.limit()) {
                        kept.poll();
                    }
                }
            }
            List<Ranked> ordered = new ArrayList<>(kept);
            ordered.sort(best);
            return ordered.stream().map(ranked -> byId.get(ranked.id())).toList();
        }

        @Override
        public Map<String, Integer> countByMatchKeys(Set<String> keys, int atMost) {
            if (atMost < 1) {
                throw new IllegalArgumentException("atMost must be at least 1, was " + atMost);
            }
            Map<String, Integer> counts = new HashMap<>();
            for (String key : keys) {
                counts.put(key, Math.min(atMost, idsByMatchKey.getOrDefault(key, Set.of()).size()));
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

    /** A client and how many of a query's keys it has. */
    private record Ranked(String id, int hits) {
    }

    private static boolean selects(MatchKeyQuery query, ClientRecord client) {
        return (query.organizationIds().isEmpty() || query.organizationIds().contains(client.organizationId()))
                && (!client.restricted() || client.organizationId().equals(query.restrictedVisibleTo()));
    }

    /** Which clients carry each match key. */
    private final class MatchKeyIndex implements VersionedRecords.Index<ClientRecord> {
        @Override
        public void add(ClientRecord client) {
            for (String key : client.matchKeys()) {
                idsByMatchKey.computeIfAbsent(key, k -> new HashSet<>()).add(client.id());
            }
        }

        @Override
        public void remove(ClientRecord client) {
            for (String key : client.matchKeys()) {
                Set<String> ids = idsByMatchKey.get(key);
                ids.remove(client.id());
                if (ids.isEmpty()) {
                    idsByMatchKey.remove(key);
                }
            }
        }
    }
}
