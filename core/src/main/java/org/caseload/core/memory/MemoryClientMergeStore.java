// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientMergeStore;

/** Client merges by id; accessed only under the storage's lock. */
final class MemoryClientMergeStore {

    private final Map<String, ClientMergeRecord> byId = new HashMap<>();
    private final VersionedRecords<String, ClientMergeRecord> records = VersionedRecords.byId("clientMerge",
            "a client merge", ClientMergeRecord::id, ClientMergeRecord::version,
            MemoryClientMergeStore::withVersion, byId, List.of());

    ClientMergeStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ClientMergeRecord> implements ClientMergeStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public ClientMergeRecord update(ClientMergeRecord merge) {
            // Only the undoing changes: everything else stays as first stored.
            ClientMergeRecord previous = byId.get(merge.id());
            ClientMergeRecord undone = previous == null ? merge
                    : withVersion(previous.undone(merge.unmergedBy(), merge.unmergedAt()), merge.version());
            return super.update(undone);
        }
    }

    private static ClientMergeRecord withVersion(ClientMergeRecord merge, long version) {
        return new ClientMergeRecord(merge.id(), merge.organizationId(), merge.sourceClientId(),
                merge.targetClientId(), merge.moved(), merge.reason(), merge.mergedBy(), merge.mergedAt(),
                merge.unmergedBy(), merge.unmergedAt(), version);
    }
}
