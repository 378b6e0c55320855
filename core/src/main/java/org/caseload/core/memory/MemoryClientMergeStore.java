// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientMergeStore;

/** Client merges by id; accessed only under the storage's lock. */
final class MemoryClientMergeStore {

    private final Map<String, ClientMergeRecord> byId = new HashMap<>();

    ClientMergeStore bind(List<Runnable> undoLog) {
        return new ClientMergeStore() {
            @Override
            public ClientMergeRecord insert(ClientMergeRecord merge) {
                if (byId.containsKey(merge.id())) {
                    throw new StorageException("a client merge with id " + merge.id() + " already exists");
                }
                ClientMergeRecord stored = withVersion(merge, 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public ClientMergeRecord update(ClientMergeRecord merge) {
                ClientMergeRecord previous = byId.get(merge.id());
                if (previous == null) {
                    throw new NotFoundException("clientMerge", merge.id());
                }
                if (previous.version() != merge.version()) {
                    throw new ConcurrentModificationException("clientMerge", merge.id(), merge.version());
                }
                // Only the undoing changes: everything else stays as first stored.
                ClientMergeRecord stored = withVersion(previous.undone(merge.unmergedBy(), merge.unmergedAt()),
                        previous.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<ClientMergeRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }
        };
    }

    private static ClientMergeRecord withVersion(ClientMergeRecord merge, long version) {
        return new ClientMergeRecord(merge.id(), merge.organizationId(), merge.sourceClientId(),
                merge.targetClientId(), merge.moved(), merge.reason(), merge.mergedBy(), merge.mergedAt(),
                merge.unmergedBy(), merge.unmergedAt(), version);
    }
}
