// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An export folder imported into the stores and exported again, in its own version and the other. */
class HmisImportExportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-03T14:30:15.123456Z"), ZoneOffset.UTC);
    static final TestKeys KEYS = TestKeys.fixed();

    @TempDir
    Path temp;

    @Test
    void anFy2024ExportWrittenAsFy2026IsTheExpectedFolderFileForFile() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImportReport imported = HmisImport.into(storage, KEYS).run(HmisCsvReaderTest.export("fy2024-full"));
        assertThat(imported.version()).isEqualTo(HmisVersion.FY2024);
        assertThat(imported.refusedRows()).isZero();

        Path out = temp.resolve("out");
        List<HmisFinding> warnings = new ArrayList<>();
        HmisExportReport report = HmisExport.from(storage, KEYS).version(HmisVersion.FY2026).clock(CLOCK)
                .exportId("0123456789abcdef0123456789abcdef").onFinding(warnings::add).run(out);

        Path expected = HmisCsvReaderTest.export("fy2024-as-fy2026");
        assertThat(report.writtenRows()).hasSize(24);
        for (HmisFile file : HmisSpecification.of(HmisVersion.FY2026).files()) {
            assertThat(text(out.resolve(file.fileName()))).as(file.fileName())
                    .isEqualTo(text(expected.resolve(file.fileName())));
        }
        // The published mapping has no FY2026 code for these FY2024 ones: kept, with a warning.
        assertThat(warnings).extracting(HmisFinding::severity, HmisFinding::file, HmisFinding::line,
                HmisFinding::column, HmisFinding::recordId).containsExactly(
                        tuple(Severity.WARNING, "Funder.csv", 4L, "Funder", "F3"),
                        tuple(Severity.WARNING, "Exit.csv", 2L, "CounselingReceived", "X1"));
        assertThat(warnings.get(0).reason()).contains("retired in FY2026");
    }

    @ParameterizedTest
    @CsvSource({"fy2024-full, FY2024", "fy2026, FY2026", "fy2024-as-fy2026, FY2026"})
    void anExportImportedAndExportedAgainHasTheSameRowsFieldForFieldButTheExportId(String folder,
            HmisVersion version) throws Exception {
        Path source = resource(folder);
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(source);
        Path out = temp.resolve("again");
        HmisExportReport report = HmisExport.from(storage, KEYS).version(version).clock(CLOCK).run(out);

        assertThat(report.exportId()).matches("[0-9a-f]{32}");
        for (HmisFile file : HmisSpecification.of(version).files()) {
            List<List<String>> before = rows(source.resolve(file.fileName()), file, Set.of());
            Set<String> describeTheExport = file.name().equals("Export")
                    ? Set.of("ExportDate", "SoftwareName", "SoftwareVersion", "CSVVersion") : Set.of();
            List<List<String>> after = rows(out.resolve(file.fileName()), file, describeTheExport);
            assertThat(after).as(file.fileName()).isEqualTo(rows(source.resolve(file.fileName()), file,
                    describeTheExport));
            assertThat(after).as(file.fileName()).hasSameSizeAs(before);
            assertThat(Files.readAllLines(out.resolve(file.fileName())).get(0))
                    .isEqualTo(String.join(",", file.columnNames()));
            try (HmisCsvReader reader = HmisCsvReader.open(out.resolve(file.fileName()))) {
                int exportId = reader.header().indexOf("ExportID");
                for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                    assertThat(row.values().get(exportId)).isEqualTo(report.exportId());
                }
            }
        }
        assertThat(HmisCheck.run(out).errors()).isZero();
    }

    @Test
    void anFy2026ClientWrittenAsFy2024SaysItsGenderWasNotCollected() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(resource("fy2026"));
        Path out = temp.resolve("fy2024");
        HmisExport.from(storage, KEYS).version(HmisVersion.FY2024).clock(CLOCK).run(out);

        try (HmisCsvReader clients = HmisCsvReader.open(out.resolve("Client.csv"),
                HmisSpecification.of(HmisVersion.FY2024))) {
            HmisCsvRow row = clients.next();
            assertThat(List.of(row.get("Woman"), row.get("Man"), row.get("NonBinary"), row.get("CulturallySpecific"),
                    row.get("Transgender"), row.get("Questioning"), row.get("DifferentIdentity"), row.get("GenderNone")))
                    .containsExactly("0", "0", "0", "0", "0", "0", "0", "99");
            assertThat(row.get("HispanicLatinaeo")).isNotNull();
        }
        assertThat(HmisCheck.run(out).errors()).isZero();
    }

    @Test
    void anExportOfSomeProjectsOrAPeriodTakesTheirStaysClientsAndRecords() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(resource("fy2024-full"));

        Path projects = temp.resolve("p2");
        HmisExportReport ofP2 = HmisExport.from(storage, KEYS).projects(List.of("P2")).clock(CLOCK).run(projects);
        assertThat(ids(projects, "Enrollment")).containsExactly("E4", "E5");
        assertThat(ids(projects, "Client")).containsExactly("C1", "C4");
        assertThat(ids(projects, "Project")).containsExactly("P2");
        assertThat(ids(projects, "Exit")).isEmpty();
        assertThat(ids(projects, "Organization")).containsExactly("O1");
        assertThat(ofP2.writtenRows()).containsEntry("Export", 1L).containsEntry("Funder", 1L);

        Path period = temp.resolve("late-october");
        HmisExport.from(storage, KEYS).period(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 31)).clock(CLOCK)
                .run(period);
        assertThat(ids(period, "Enrollment")).containsExactly("E3", "E4", "E5");
        assertThat(ids(period, "Exit")).containsExactly("X3");
        assertThat(ids(period, "EmploymentEducation")).isEmpty();
        try (HmisCsvReader export = HmisCsvReader.open(period.resolve("Export.csv"))) {
            HmisCsvRow row = export.next();
            assertThat(List.of(row.get("ExportStartDate"), row.get("ExportEndDate"), row.get("ExportPeriodType")))
                    .containsExactly("2025-10-16", "2025-10-31", "3");
        }
    }

    @Test
    void theStoreHoldsTheSsnOnlySealedAndTheExportOpensIt() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImport.into(storage, KEYS).run(resource("fy2026"));

        HmisRecord stored = storage.inTransaction(session -> session.hmisRecords().find("Client", "C1")).orElseThrow();
        assertThat(stored.value("SSN")).startsWith("sealed:v1:").doesNotContain("012345678");
        Path out = temp.resolve("out");
        HmisExport.from(storage, KEYS).clock(CLOCK).run(out);
        assertThat(Files.readString(out.resolve("Client.csv"))).contains(",012345678,");
    }

    @Test
    void aFileWithABadRowIsTakenNotAtAllUnlessBadRowsAreSkippedAndEveryProblemIsToldWithoutTheValue()
            throws Exception {
        Path broken = copy(resource("fy2026"), temp.resolve("broken"));
        replaceInLine(broken.resolve("Client.csv"), 3, "2015-06-30", "2015-06-31");
        replaceInLine(broken.resolve("Enrollment.csv"), 3, "E2,", "E1,");

        Storage strict = new InMemoryStorage();
        List<HmisFinding> findings = new ArrayList<>();
        HmisImportReport report = HmisImport.into(strict, KEYS).onFinding(findings::add).run(broken);

        assertThat(report.refusedFiles()).containsExactly("Client.csv", "Enrollment.csv");
        assertThat(report.refusedRows()).isEqualTo(2);
        assertThat(findings).filteredOn(HmisFinding::isError).extracting(HmisFinding::file, HmisFinding::line,
                HmisFinding::column, HmisFinding::reason).contains(
                        tuple("Client.csv", 3L, "DOB", "not a date written yyyy-MM-dd"),
                        tuple("Enrollment.csv", 3L, "EnrollmentID",
                                "duplicate EnrollmentID: the same id is on line 2"));
        assertThat(findings).extracting(HmisFinding::reason).noneMatch(reason -> reason.contains("2015-06-31"));
        assertThat(count(strict, "Client")).isZero();
        assertThat(count(strict, "Enrollment")).isZero();
        assertThat(count(strict, "Project")).isEqualTo(report.storedRows().get("Project")).isPositive();

        Storage lenient = new InMemoryStorage();
        HmisImportReport skipped = HmisImport.into(lenient, KEYS).skippingBadRows().run(broken);
        assertThat(skipped.refusedFiles()).isEmpty();
        long clients = Files.readAllLines(broken.resolve("Client.csv")).size() - 1;
        assertThat(count(lenient, "Client")).isEqualTo(clients - 1);
        assertThat(storedIds(lenient, "Client")).doesNotContain("C2");
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Storage storage = new InMemoryStorage();
        HmisImportReport report = HmisImport.into(storage, KEYS).cancelledWhen(() -> true).run(resource("fy2026"));

        assertThat(report.cancelled()).isTrue();
        assertThat(report.stored()).isZero();
        assertThat(count(storage, "Export")).isZero();
    }

    /** The rows of a file, each as its values, without ExportID and the columns named. */
    static List<List<String>> rows(Path file, HmisFile spec, Set<String> leftOut) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                List<String> values = new ArrayList<>();
                for (String column : spec.columnNames()) {
                    if (!column.equals("ExportID") && !leftOut.contains(column)) {
                        values.add(column + "=" + row.get(column));
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }

    static List<String> ids(Path folder, String file) throws IOException {
        List<String> ids = new ArrayList<>();
        try (HmisCsvReader reader = HmisCsvReader.open(folder.resolve(file + ".csv"))) {
            for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                ids.add(row.values().get(0));
            }
        }
        return ids;
    }

    private static long count(Storage storage, String file) {
        return storage.inTransaction(session -> session.hmisRecords().count(file));
    }

    private static List<String> storedIds(Storage storage, String file) {
        return storage.inTransaction(session -> session.hmisRecords().page(file, Set.of(), null, 1000)).stream()
                .map(HmisRecord::recordId).toList();
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void replaceInLine(Path file, int line, String from, String to) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertThat(lines.get(line - 1)).contains(from);
        lines.set(line - 1, lines.get(line - 1).replaceFirst(java.util.regex.Pattern.quote(from), to));
        Files.write(file, lines);
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static Path resource(String name) throws URISyntaxException {
        return HmisCsvReaderTest.export(name);
    }
}
