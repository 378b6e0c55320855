package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.core.internal.memory.VersionedRecords;
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
    private final VersionedRecords<String, CaseNoteRecord> records = VersionedRecords.byId("caseNote", "a case note",
            CaseNoteRecord::id, CaseNoteRecord::version, CaseNoteRecord::withVersion, byId, List.of());

    CaseNoteStore bind(List<Runnable> undoLog) {
        return new CaseNoteStore() {
            @Override
            public CaseNoteRecord insert(CaseNoteRecord note) {
                return records.insert(undoLog, note);
            }

            @Override
            public CaseNoteRecord update(CaseNoteRecord note) {
                return records.update(undoLog, note);
            }

            @Override
            public void delete(String id, long expectedVersion) {
                records.delete(undoLog, id, expectedVersion);
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
}
