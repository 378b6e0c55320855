// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.audit.AuditStore;

/**
 * The append-only audit log. Reading units of work append to it side by side, so every access
 * holds this store's own monitor besides the storage's lock; an undone append removes its own
 * entry, wherever the appends of concurrent units have put it.
 */
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
                synchronized (entries) {
                    if (ids.contains(entry.id())) {
                        throw new StorageException("an audit entry with id " + entry.id() + " already exists");
                    }
                    undoLog.add(() -> remove(entry));
                    ids.add(entry.id(), entries.size());
                    entries.add(entry);
                }
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                synchronized (entries) {
                    return matching(query);
                }
            }

            private List<AuditEntry> matching(AuditQuery query) {
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

    /**
     * Takes back an append. The entries after it (those of reading units that appended meanwhile)
     * move up one place, so their positions are indexed again; they are few, since a unit undoes
     * its append as soon as it fails.
     */
    private void remove(AuditEntry entry) {
        synchronized (entries) {
            int position = entries.lastIndexOf(entry);
            for (int later = entries.size() - 1; later >= position; later--) {
                ids.remove(entries.get(later).id());
            }
            entries.remove(position);
            for (int later = position; later < entries.size(); later++) {
                ids.add(entries.get(later).id(), later);
            }
        }
    }
}
