// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.audit.AuditStore;

/** The append-only audit log; accessed only under the storage's lock. */
final class MemoryAuditStore {

    private static final Comparator<AuditEntry> OLDEST_FIRST = Comparator
            .comparing(AuditEntry::occurredAt)
            .thenComparing(AuditEntry::id);

    private final List<AuditEntry> entries = new ArrayList<>();
    /** Positions by id, without references to the entries (see {@link AuditIdIndex}). */
    private final AuditIdIndex ids = new AuditIdIndex(position -> entries.get(position).id());

    AuditStore bind(List<Runnable> undoLog) {
        return new AuditStore() {
            @Override
            public void append(AuditEntry entry) {
                if (ids.contains(entry.id())) {
                    throw new StorageException("an audit entry with id " + entry.id() + " already exists");
                }
                ids.add(entry.id(), entries.size());
                entries.add(entry);
                undoLog.add(() -> {
                    ids.remove(entry.id());
                    entries.remove(entries.size() - 1);
                });
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                return entries.stream()
                        .filter(e -> query.organizationId() == null || query.organizationId().equals(e.organizationId()))
                        .filter(e -> query.userId() == null || query.userId().equals(e.userId()))
                        .filter(e -> query.recordId() == null || query.recordId().equals(e.recordId()))
                        .filter(e -> query.from() == null || !e.occurredAt().isBefore(query.from()))
                        .filter(e -> query.to() == null || e.occurredAt().isBefore(query.to()))
                        .filter(query::isAfterCursor)
                        .sorted(OLDEST_FIRST)
                        .limit(query.limit())
                        .toList();
            }
        };
    }
}
