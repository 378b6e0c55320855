// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.sharing.ConsentStore;

/** Clients' consent decisions; accessed only under the storage's lock. */
final class MemoryConsentStore {

    private static final Comparator<ConsentRecord> OLDEST_FIRST = Comparator
            .comparing(ConsentRecord::recordedAt)
            .thenComparing(ConsentRecord::id);

    private final VersionedRecords<String, ConsentRecord> records = VersionedRecords.byId("consent", "a consent",
            ConsentRecord::id, ConsentRecord::version, ConsentRecord::withVersion);

    ConsentStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ConsentRecord> implements ConsentStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<ConsentRecord> findByClient(String clientId) {
            return select(consent -> consent.clientId().equals(clientId), OLDEST_FIRST);
        }

        @Override
        public List<ConsentRecord> findByClientsFor(Collection<String> clientIds, String organizationId) {
            Set<String> clients = Set.copyOf(clientIds);
            return select(consent -> consent.organizationId().equals(organizationId)
                    && clients.contains(consent.clientId()), OLDEST_FIRST);
        }
    }
}
