// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks over stored records find what the checks over the folder of the same rows find. */
class HmisStoredCheckTest {

    private static final TestKeys KEYS = TestKeys.fixed();

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"fy2024-full, FY2024", "fy2026, FY2026", "fy2024-as-fy2026, FY2026", "fy2024, FY2024"})
    void anImportedExportHasTheFindingsOfItsFolder(String folder, HmisVersion version) throws Exception {
        Path source = HmisCsvReaderTest.export(folder);
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(source);

        HmisCheckReport stored = HmisCheck.stored(storage, KEYS, version, HmisCheck.Progress.none(), () -> false);

        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.cancelled()).isFalse();
        assertThat(where(stored)).containsExactlyInAnyOrderElementsOf(where(HmisCheck.run(source)));
    }

    @Test
    void recordsCheckedAsTheOtherVersionHaveTheFindingsOfTheirExportInIt() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(HmisCsvReaderTest.export("fy2024-full"));

        HmisCheckReport stored = HmisCheck.stored(storage, KEYS, HmisVersion.FY2026, HmisCheck.Progress.none(),
                () -> false);

        assertThat(stored.findings()).isNotEmpty();
        assertThat(where(stored)).containsExactlyInAnyOrderElementsOf(
                where(exportedAndChecked(storage, HmisVersion.FY2026)));
    }

    @Test
    void aStoredBrokenReferenceAndAHouseholdWithTwoHeadsAreFoundByRecordIdAndColumn() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(HmisCsvReaderTest.export("fy2026"));
        HmisRecord second = storage.inTransaction(s -> s.hmisRecords().find("Enrollment", "E2")).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>(second.values());
        values.put("RelationshipToHoH", "1");
        values.put("PersonalID", "C99");
        HmisRecord changed = new HmisRecord("Enrollment", "E2", "C99", second.projectId(), second.enrollmentId(),
                second.date(), second.version(), values);
        storage.inTransaction(s -> {
            s.hmisRecords().put(List.of(changed));
            return null;
        });

        HmisCheckReport report = HmisCheck.stored(storage, KEYS, HmisVersion.FY2026, HmisCheck.Progress.none(),
                () -> false);

        assertThat(report.findings()).extracting(HmisFinding::severity, HmisFinding::file, HmisFinding::line,
                HmisFinding::column, HmisFinding::recordId).containsExactlyInAnyOrder(
                        tuple(Severity.ERROR, "Enrollment.csv", 3L, "PersonalID", "E2"),
                        tuple(Severity.ERROR, "Enrollment.csv", 2L, "RelationshipToHoH", "H1"));
        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).filteredOn(f -> "H1".equals(f.recordId())).singleElement()
                .extracting(HmisFinding::reason).asString().contains("2 heads");
        assertThat(where(report)).containsExactlyInAnyOrderElementsOf(
                where(exportedAndChecked(storage, HmisVersion.FY2026)));
    }

    @Test
    void progressEndsAtTheRecordCountAndACancelledCheckSaysSo() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(HmisCsvReaderTest.export("fy2026"));
        List<long[]> told = new ArrayList<>();

        HmisCheckReport whole = HmisCheck.stored(storage, KEYS, HmisVersion.FY2026,
                (done, total) -> told.add(new long[] {done, total}), () -> false);
        HmisCheckReport cancelled = HmisCheck.stored(storage, KEYS, HmisVersion.FY2026, HmisCheck.Progress.none(),
                () -> true);

        assertThat(whole.cancelled()).isFalse();
        long[] last = told.get(told.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
        assertThat(told).allSatisfy(step -> assertThat(step[0]).isLessThanOrEqualTo(step[1]));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.passed()).isFalse();
    }

    /** The stored records written as a folder by the export, then checked as a folder. */
    private HmisCheckReport exportedAndChecked(Storage storage, HmisVersion version) {
        Path out = temp.resolve("out-" + version);
        HmisExport.from(storage, KEYS).version(version).exportId("EXP1").run(out);
        return HmisCheck.run(out);
    }

    /** File, record id, column, severity and reason: lines differ between a folder and the store's order. */
    private static List<String> where(HmisCheckReport report) {
        return report.findings().stream().filter(f -> !f.file().equals("Export.csv"))
                .map(f -> f.severity() + " " + f.file() + " " + f.recordId() + " " + f.column() + " " + f.reason())
                .toList();
    }
}
