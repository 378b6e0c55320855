// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.hmis.HmisRecordStore}: rows kept value for value
 * in their column order, replaced by file and id, paged by id and filtered by project, and undone
 * with their unit of work.
 */
public interface HmisRecordStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void aRecordIsKeptValueForValueInItsColumnOrder() {
        Storage storage = storage();
        String file = unique("Enrollment");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("EnrollmentID", "e1");
        values.put("PersonalID", "p1");
        values.put("ProjectID", "pr1");
        values.put("EntryDate", "2025-10-01");
        values.put("Note", "tab\there, line\nbreak, back\\slash, comma, \"quote\", é ✓");
        values.put("Empty", "");
        values.put("ZIP", "00501");
        HmisRecord record = new HmisRecord(file, "e1", "p1", "pr1", "e1", LocalDate.of(2025, 10, 1), "2026", values);
        inUnit(storage, session -> session.hmisRecords().put(List.of(record)));

        HmisRecord read = find(storage, file, "e1").orElseThrow();
        assertThat(read).isEqualTo(record);
        assertThat(List.copyOf(read.values().keySet())).containsExactlyElementsOf(values.keySet());
        assertThat(find(storage, file, "e2")).isEmpty();
    }

    @Test
    default void aRecordImportedAgainReplacesTheStoredOne() {
        Storage storage = storage();
        String file = unique("Client");
        inUnit(storage, session -> session.hmisRecords().put(List.of(record(file, "c1", null, Map.of("A", "1")))));
        inUnit(storage, session -> session.hmisRecords().put(List.of(record(file, "c1", null, Map.of("A", "2")))));

        assertThat(find(storage, file, "c1").orElseThrow().value("A"))
                .isEqualTo("2");
        assertThat(count(storage, file)).isEqualTo(1);
    }

    @Test
    default void pagesFollowTheIdsByCharacterCodeAndFilterByProject() {
        Storage storage = storage();
        String file = unique("Services");
        List<HmisRecord> records = new ArrayList<>();
        for (String id : List.of("b", "B", "a", "10", "9", "c")) {
            records.add(record(file, id, id.equals("c") || id.equals("B") ? "other" : "pr", Map.of("X", id)));
        }
        inUnit(storage, session -> session.hmisRecords().put(records));

        List<String> all = new ArrayList<>();
        String after = null;
        while (true) {
            String from = after;
            List<HmisRecord> page = page(storage, file, Set.of(), from, 4);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(record -> all.add(record.recordId()));
            after = page.get(page.size() - 1).recordId();
        }
        assertThat(all).containsExactly("10", "9", "B", "a", "b", "c");
        assertThat(page(storage, file, Set.of("pr"), "9", 10))
                .extracting(HmisRecord::recordId).containsExactly("a", "b");
        assertThat(count(storage, file)).isEqualTo(6);
        assertThat(count(storage, unique("Event"))).isZero();
    }

    @Test
    default void aRolledBackUnitLeavesTheStoredRecordsAsTheyWere() {
        Storage storage = storage();
        String file = unique("Exit");
        HmisRecord first = record(file, "x1", null, Map.of("A", "1"));
        inUnit(storage, session -> session.hmisRecords().put(List.of(first)));
        inRolledBackUnit(storage, session -> session.hmisRecords().put(List.of(
                record(file, "x1", null, Map.of("A", "changed")), record(file, "x2", null, Map.of()))));

        assertThat(page(storage, file, Set.of(), null, 10))
                .containsExactly(first);
    }

    private static Optional<HmisRecord> find(Storage storage, String file, String recordId) {
        return storage.inTransaction(session -> session.hmisRecords().find(file, recordId));
    }

    private static List<HmisRecord> page(Storage storage, String file, Set<String> projectIds, String after,
            int limit) {
        return storage.inTransaction(session -> session.hmisRecords().page(file, projectIds, after, limit));
    }

    private static long count(Storage storage, String file) {
        return storage.inTransaction(session -> session.hmisRecords().count(file));
    }

    private static HmisRecord record(String file, String id, String projectId, Map<String, String> values) {
        return new HmisRecord(file, id, null, projectId, null, null, "2024", new LinkedHashMap<>(values));
    }
}
