// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

        @Override
        public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
            Map<String, Integer> hits = new HashMap<>();
            for (String key : query.matchKeys()) {
                for (String id : idsByMatchKey.getOrDefault(key, Set.of())) {
                    hits.merge(id, 1, Integer::sum);
                }
            }
            return hits.entrySet().stream()
                    .filter(hit -> selects(query, byId.get(hit.getKey())))
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(query.limit())
                    .map(hit -> byId.get(hit.getKey()))
                    .toList();
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
