// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.clients.ClientLinkRecord;
import org.caseload.spi.storage.clients.ClientLinkStore;

/** Client links by id (sorted, so lists come in id order); accessed only under the storage's lock. */
final class MemoryClientLinkStore {

    private final Map<String, ClientLinkRecord> byId = new TreeMap<>();

    ClientLinkStore bind(List<Runnable> undoLog) {
        return new ClientLinkStore() {
            @Override
            public void insert(ClientLinkRecord link) {
                if (byId.containsKey(link.id())) {
                    throw new StorageException("a client link with id " + link.id() + " already exists");
                }
                boolean pairLinked = byId.values().stream().anyMatch(existing ->
                        existing.clientIdA().equals(link.clientIdA()) && existing.clientIdB().equals(link.clientIdB()));
                if (pairLinked) {
                    throw new StorageException("clients " + link.clientIdA() + " and " + link.clientIdB()
                            + " are linked already");
                }
                undoLog.add(() -> byId.remove(link.id()));
                byId.put(link.id(), link);
            }

            @Override
            public void delete(String id) {
                ClientLinkRecord previous = byId.get(id);
                if (previous == null) {
                    throw new NotFoundException("clientLink", id);
                }
                undoLog.add(() -> byId.put(id, previous));
                byId.remove(id);
            }

            @Override
            public Optional<ClientLinkRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<ClientLinkRecord> findByClient(String clientId) {
                return byId.values().stream()
                        .filter(link -> link.clientIdA().equals(clientId) || link.clientIdB().equals(clientId))
                        .toList();
            }

            @Override
            public List<ClientLinkRecord> findByOrganizations(Set<String> organizationIds) {
                return byId.values().stream()
                        .filter(link -> organizationIds.isEmpty() || organizationIds.contains(link.organizationId()))
                        .toList();
            }
        };
    }
}
