// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.CaseNoteStore;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/** Case notes; accessed only under the storage's lock. */
final class MemoryCaseNoteStore {

    private static final Comparator<CaseNoteRecord> NEWEST_FIRST = Comparator
            .comparing(CaseNoteRecord::noteDate)
            .thenComparing(CaseNoteRecord::createdAt)
            .reversed()
            .thenComparing(CaseNoteRecord::id);

    private final Map<String, CaseNoteRecord> byId = new HashMap<>();

    CaseNoteStore bind(List<Runnable> undoLog) {
        return new CaseNoteStore() {
            @Override
            public CaseNoteRecord insert(CaseNoteRecord note) {
                if (byId.containsKey(note.id())) {
                    throw new StorageException("a case note with id " + note.id() + " already exists");
                }
                CaseNoteRecord stored = note.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public CaseNoteRecord update(CaseNoteRecord note) {
                CaseNoteRecord previous = current(note.id(), note.version());
                CaseNoteRecord stored = note.withVersion(note.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public void delete(String id, long expectedVersion) {
                CaseNoteRecord previous = current(id, expectedVersion);
                byId.remove(id);
                undoLog.add(() -> byId.put(previous.id(), previous));
            }

            @Override
            public Optional<CaseNoteRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<CaseNoteRecord> findByClient(ClientHistoryQuery query) {
                return byId.values().stream()
                        .filter(note -> note.clientId().equals(query.clientId()))
                        .filter(note -> query.organizationIds().isEmpty()
                                || query.organizationIds().contains(note.organizationId()))
                        .sorted(NEWEST_FIRST)
                        .limit(query.limit())
                        .toList();
            }
        };
    }

    private CaseNoteRecord current(String id, long expectedVersion) {
        CaseNoteRecord stored = byId.get(id);
        if (stored == null) {
            throw new NotFoundException("caseNote", id);
        }
        if (stored.version() != expectedVersion) {
            throw new ConcurrentModificationException("caseNote", id, expectedVersion);
        }
        return stored;
    }
}
