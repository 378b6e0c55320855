// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.sharing.ConsentStore;

/** Clients' consent decisions; accessed only under the storage's lock. */
final class MemoryConsentStore {

    private static final Comparator<ConsentRecord> OLDEST_FIRST = Comparator
            .comparing(ConsentRecord::recordedAt)
            .thenComparing(ConsentRecord::id);

    private final Map<String, ConsentRecord> byId = new HashMap<>();

    ConsentStore bind(List<Runnable> undoLog) {
        return new ConsentStore() {
            @Override
            public ConsentRecord insert(ConsentRecord consent) {
                if (byId.containsKey(consent.id())) {
                    throw new StorageException("a consent with id " + consent.id() + " already exists");
                }
                ConsentRecord stored = consent.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public ConsentRecord update(ConsentRecord consent) {
                ConsentRecord previous = byId.get(consent.id());
                if (previous == null) {
                    throw new NotFoundException("consent", consent.id());
                }
                if (previous.version() != consent.version()) {
                    throw new ConcurrentModificationException("consent", consent.id(), consent.version());
                }
                ConsentRecord stored = consent.withVersion(consent.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<ConsentRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<ConsentRecord> findByClient(String clientId) {
                return select(consent -> consent.clientId().equals(clientId));
            }

            @Override
            public List<ConsentRecord> findByClientsFor(Collection<String> clientIds, String organizationId) {
                Set<String> clients = Set.copyOf(clientIds);
                return select(consent -> consent.organizationId().equals(organizationId)
                        && clients.contains(consent.clientId()));
            }
        };
    }

    private List<ConsentRecord> select(Predicate<ConsentRecord> filter) {
        return byId.values().stream().filter(filter).sorted(OLDEST_FIRST).toList();
    }
}
