// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/** Clients and their match-key index; accessed only under the storage's lock. */
final class MemoryClientStore {

    /** Sorted, so that a scan walks clients in id order. */
    private final TreeMap<String, ClientRecord> byId = new TreeMap<>();
    private final Map<String, Set<String>> idsByMatchKey = new HashMap<>();

    ClientStore bind(List<Runnable> undoLog) {
        return new ClientStore() {
            @Override
            public ClientRecord insert(ClientRecord client) {
                if (byId.containsKey(client.id())) {
                    throw new StorageException("a client with id " + client.id() + " already exists");
                }
                ClientRecord stored = client.withVersion(1);
                put(stored);
                undoLog.add(() -> remove(stored));
                return stored;
            }

            @Override
            public ClientRecord update(ClientRecord client) {
                ClientRecord previous = byId.get(client.id());
                if (previous == null) {
                    throw new NotFoundException("client", client.id());
                }
                if (previous.version() != client.version()) {
                    throw new ConcurrentModificationException("client", client.id(), client.version());
                }
                ClientRecord stored = client.withVersion(client.version() + 1);
                remove(previous);
                put(stored);
                undoLog.add(() -> {
                    remove(stored);
                    put(previous);
                });
                return stored;
            }

            @Override
            public Optional<ClientRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
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

            @Override
            public List<ClientRecord> scan(ClientScan scan) {
                Map<String, ClientRecord> rest = scan.afterId() == null ? byId : byId.tailMap(scan.afterId(), false);
                return rest.values().stream()
                        .filter(client -> scan.organizationIds().isEmpty()
                                || scan.organizationIds().contains(client.organizationId()))
                        .limit(scan.limit())
                        .toList();
            }
        };
    }

    private static boolean selects(MatchKeyQuery query, ClientRecord client) {
        return (query.organizationIds().isEmpty() || query.organizationIds().contains(client.organizationId()))
                && (!client.restricted() || client.organizationId().equals(query.restrictedVisibleTo()));
    }

    private void put(ClientRecord client) {
        byId.put(client.id(), client);
        for (String key : client.matchKeys()) {
            idsByMatchKey.computeIfAbsent(key, k -> new HashSet<>()).add(client.id());
        }
    }

    private void remove(ClientRecord client) {
        byId.remove(client.id());
        for (String key : client.matchKeys()) {
            Set<String> ids = idsByMatchKey.get(key);
            ids.remove(client.id());
            if (ids.isEmpty()) {
                idsByMatchKey.remove(key);
            }
        }
    }
}
