// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of a single export that HUD's Eva tool makes beyond the specification's: each on the
 * FY2026 example changed so that it fires, and changed nearly the same way so that it does not;
 * the stored check finds the same as the folder check.
 */
class HmisEvaChecksTest {

    @TempDir
    Path temp;

    static Stream<Arguments> checks() {
        return Stream.of(
                check("name empty while reported in full",
                        edits(set("Client", "C1", "FirstName", "")), List.of("ERROR Client.csv C1 FirstName"),
                        edits(set("Client", "C1", "FirstName", ""), set("Client", "C1", "NameDataQuality", "2"))),
                check("name present while not collected",
                        edits(set("Client", "C1", "NameDataQuality", "99")),
                        List.of("ERROR Client.csv C1 NameDataQuality"),
                        edits(set("Client", "C1", "NameDataQuality", "99"), set("Client", "C1", "FirstName", ""),
                                set("Client", "C1", "LastName", ""))),
                check("an SSN no one was issued, reported in full",
                        edits(set("Client", "C1", "SSN", "000123456")), List.of("ERROR Client.csv C1 SSN"),
                        edits(set("Client", "C1", "SSN", "000123456"), set("Client", "C1", "SSNDataQuality", "2"))),
                check("SSN digits while not collected",
                        edits(set("Client", "C1", "SSNDataQuality", "99")), List.of("ERROR Client.csv C1 SSN"),
                        edits(set("Client", "C1", "SSNDataQuality", "99"), set("Client", "C1", "SSN", ""))),
                check("date of birth empty while reported",
                        edits(set("Client", "C1", "DOB", "")), List.of("ERROR Client.csv C1 DOB"),
                        edits(set("Client", "C1", "DOB", ""), set("Client", "C1", "DOBDataQuality", "99"))),
                check("date of birth before 1915",
                        edits(set("Client", "C1", "DOB", "1914-12-31")), List.of("ERROR Client.csv C1 DOB"),
                        edits(set("Client", "C1", "DOB", "1915-01-01"))),
                check("race and ethnicity not collected",
                        edits(set("Client", "C1", "White", "0"), set("Client", "C1", "HispanicLatinao", "0")),
                        List.of("WARNING Client.csv C1 RaceNone"),
                        edits(set("Client", "C1", "White", "0"), set("Client", "C1", "HispanicLatinao", "0"),
                                set("Client", "C1", "RaceNone", "9"))),
                check("RaceNone beside a race",
                        edits(set("Client", "C1", "RaceNone", "99")), List.of("ERROR Client.csv C1 RaceNone"),
                        edits(set("Client", "C3", "RaceNone", "99"), set("Client", "C3", "White", "0"))),
                check("sex not collected",
                        edits(set("Client", "C1", "Sex", ""), set("Client", "C2", "Sex", "99")),
                        List.of("WARNING Client.csv C1 Sex", "WARNING Client.csv C2 Sex"),
                        edits(set("Client", "C1", "Sex", "8"))),
                check("an adult's veteran status not collected, told once for two enrollments",
                        edits(set("Client", "C1", "VeteranStatus", "99")),
                        List.of("WARNING Client.csv C1 VeteranStatus"),
                        edits(set("Client", "C2", "VeteranStatus", "99"))),
                check("a child veteran",
                        edits(set("Client", "C2", "VeteranStatus", "1")),
                        List.of("ERROR Client.csv C2 VeteranStatus"),
                        edits(set("Client", "C1", "VeteranStatus", "1"))),
                check("disabling condition not collected",
                        edits(set("Enrollment", "E1", "DisablingCondition", "99")),
                        List.of("WARNING Enrollment.csv E1 DisablingCondition"),
                        edits(set("Enrollment", "E1", "DisablingCondition", "8"))),
                check("two stays of a client in a project that overlap, the later one open",
                        edits(add("Enrollment", "E1", "E6", "EntryDate", "2025-10-14", "HouseholdID", "H6")),
                        List.of("ERROR Enrollment.csv E6 EntryDate"),
                        edits(add("Enrollment", "E1", "E6", "EntryDate", "2025-10-15", "HouseholdID", "H6"))),
                check("a head of household under 18 at entry",
                        edits(set("Enrollment", "E1", "RelationshipToHoH", "2"),
                                set("Enrollment", "E2", "RelationshipToHoH", "1")),
                        List.of("WARNING Enrollment.csv E2 RelationshipToHoH"),
                        edits(set("Enrollment", "E1", "RelationshipToHoH", "2"),
                                set("Enrollment", "E2", "RelationshipToHoH", "1"),
                                set("Client", "C2", "DOB", "2007-10-01"))),
                check("a head of household without EnrollmentCoC",
                        edits(set("Enrollment", "E1", "EnrollmentCoC", "")),
                        List.of("ERROR Enrollment.csv E1 EnrollmentCoC"),
                        edits(set("Enrollment", "E2", "EnrollmentCoC", ""))),
                check("a rapid re-housing project with housing and no inventory",
                        edits(remove("Inventory", "I2")), List.of("ERROR Project.csv P2 ProjectType"),
                        edits(remove("Inventory", "I2"), set("Project", "P2", "RRHSubType", "1"))),
                check("a record at project start not on the entry date",
                        edits(set("IncomeBenefits", "IB1", "InformationDate", "2025-10-02")),
                        List.of("ERROR IncomeBenefits.csv IB1 InformationDate"),
                        edits(set("IncomeBenefits", "IB1", "InformationDate", "2025-10-02"),
                                set("IncomeBenefits", "IB1", "DataCollectionStage", "2"))),
                check("a record at project exit of an enrollment with no exit",
                        edits(set("HealthAndDV", "HD1", "EnrollmentID", "E4"),
                                set("HealthAndDV", "HD1", "DataCollectionStage", "3")),
                        List.of("ERROR HealthAndDV.csv HD1 DataCollectionStage"),
                        edits(set("HealthAndDV", "HD1", "DataCollectionStage", "3"),
                                set("HealthAndDV", "HD1", "InformationDate", "2025-10-15"))),
                check("a record at project exit not on the exit date",
                        edits(set("HealthAndDV", "HD1", "DataCollectionStage", "3"),
                                set("HealthAndDV", "HD1", "InformationDate", "2025-10-14")),
                        List.of("ERROR HealthAndDV.csv HD1 InformationDate"),
                        edits(set("HealthAndDV", "HD1", "DataCollectionStage", "3"),
                                set("HealthAndDV", "HD1", "InformationDate", "2025-10-15"))),
                check("two records of a disability type at project start",
                        edits(add("Disabilities", "D1", "D2")),
                        List.of("ERROR Disabilities.csv D2 DataCollectionStage"),
                        edits(add("Disabilities", "D1", "D2", "DisabilityType", "6"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void firesWhereItShouldAndNotWhereItShouldNotOverFoldersAndStoredRecords(String name, List<Edit> fire,
            List<String> expected, List<Edit> quiet) throws Exception {
        Path firing = edited("firing", fire);
        Path quieted = edited("quiet", quiet);

        HmisCheckReport fired = HmisCheck.run(firing);
        HmisCheckReport notFired = HmisCheck.run(quieted);

        assertThat(fired.findings().stream().map(HmisEvaChecksTest::where)).containsExactlyInAnyOrderElementsOf(
                expected);
        assertThat(notFired.findings()).isEmpty();
        assertThat(reasons(stored(firing))).containsExactlyInAnyOrderElementsOf(reasons(fired));
        assertThat(stored(quieted).findings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findingsNameTheIdsOfTheRowsTheyJoinReadAgainFromTheFolderOrTheStore() throws Exception {
        Path overlapping = edited("overlapping", edits(add("Enrollment", "E1", "E6", "EntryDate", "2025-10-14",
                "HouseholdID", "H6"), set("Enrollment", "E2", "RelationshipToHoH", "1")));
        String overlap = "ERROR Enrollment.csv E6 EntryDate overlaps enrollment E1 of the same client (PersonalID C1)"
                + " in project P1";
        String heads = "ERROR Enrollment.csv H1 RelationshipToHoH household H1 has 2 heads (RelationshipToHoH 1);"
                + " it must have exactly one";
        assertThat(reasons(HmisCheck.run(overlapping))).contains(overlap, heads);
        assertThat(reasons(stored(overlapping))).contains(overlap, heads);

        Path duplicated = edited("duplicated", edits(add("Enrollment", "E3", "E3")));
        assertThat(HmisCheck.run(duplicated).findings()).filteredOn(f -> "EnrollmentID".equals(f.column()))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.recordId()).isEqualTo("E3");
                    assertThat(finding.line()).isEqualTo(7);
                    assertThat(finding.reason()).isEqualTo("duplicate EnrollmentID: the same id is on line 4");
                });
    }

    @org.junit.jupiter.api.Test
    void householdsAndOverlapsBeyondTheListedFindingsAreCountedAndTheListedOnesNamed() throws Exception {
        Edit[] headless = new Edit[1005];
        for (int i = 0; i < headless.length; i++) {
            headless[i] = add("Enrollment", "E2", "EX" + i, "HouseholdID", "HX" + i);
        }
        HmisCheckReport report = HmisCheck.run(edited("headless", edits(headless)));

        assertThat(report.findings()).filteredOn(f -> f.reason().contains("has no head")).hasSize(1000)
                .allSatisfy(f -> assertThat(f.reason()).startsWith("household " + f.recordId() + " has no head")
                        .doesNotContain("null"));
        assertThat(report.findings()).filteredOn(f -> f.reason().startsWith("overlaps enrollment")).hasSize(1000)
                .allSatisfy(f -> assertThat(f.reason()).doesNotContain("null").contains("(PersonalID C2)"));
        assertThat(report.findings()).extracting(HmisFinding::file, HmisFinding::reason).contains(
                org.assertj.core.groups.Tuple.tuple("Enrollment.csv", "5 more findings in this file are not listed"),
                org.assertj.core.groups.Tuple.tuple("Exit.csv", "5 more findings in this file are not listed"));
    }

    /** The FY2026 example with edits, in a folder of its own. */
    private Path edited(String name, List<Edit> edits) throws Exception {
        Path folder = temp.resolve(name);
        HmisImportExportTest.copy(HmisCsvReaderTest.export("fy2026"), folder);
        for (Edit edit : edits) {
            edit.apply(folder);
        }
        return folder;
    }

    private static HmisCheckReport stored(Path folder) {
        TestKeys keys = TestKeys.fixed();
        Storage storage = new InMemoryStorage();
        assertThat(HmisImport.into(storage, keys).run(folder).refusedFiles()).isEmpty();
        return HmisCheck.stored(storage, keys, HmisVersion.FY2026, HmisCheck.Progress.none(), () -> false);
    }

    private static String where(HmisFinding finding) {
        return finding.severity() + " " + finding.file() + " " + finding.recordId() + " " + finding.column();
    }

    /** Where and why, not the line: lines differ between a folder and the store's record id order. */
    private static List<String> reasons(HmisCheckReport report) {
        return report.findings().stream().map(f -> where(f) + " " + f.reason()).toList();
    }

    private static Arguments check(String name, List<Edit> fire, List<String> expected, List<Edit> quiet) {
        return Arguments.of(name, fire, expected, quiet);
    }

    private static List<Edit> edits(Edit... edits) {
        return List.of(edits);
    }

    /** One change of a file of a folder. */
    @FunctionalInterface
    interface Edit {
        void apply(Path folder) throws IOException;
    }

    /** Sets a column of the row with that id. */
    private static Edit set(String file, String id, String column, String value) {
        return folder -> rewrite(folder, file, (header, rows) -> {
            for (String[] row : rows) {
                if (row[0].equals(id)) {
                    row[header.indexOf(column)] = value;
                }
            }
        });
    }

    /** Adds a copy of a row under a new id, with columns set as given (name, value, ...). */
    private static Edit add(String file, String copyOf, String id, String... columnsAndValues) {
        return folder -> rewrite(folder, file, (header, rows) -> {
            String[] copy = rows.stream().filter(row -> row[0].equals(copyOf)).findFirst().orElseThrow().clone();
            copy[0] = id;
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                copy[header.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
            }
            rows.add(copy);
        });
    }

    /** Removes the row with that id. */
    private static Edit remove(String file, String id) {
        return folder -> rewrite(folder, file, (header, rows) -> rows.removeIf(row -> row[0].equals(id)));
    }

    @FunctionalInterface
    private interface Rows {
        void change(List<String> header, List<String[]> rows);
    }

    /** Reads a file's lines as fields (quotes kept as written), changes them, writes them back. */
    private static void rewrite(Path folder, String file, Rows change) throws IOException {
        Path path = folder.resolve(file + ".csv");
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        }
        change.change(header, rows);
        StringBuilder text = new StringBuilder(lines.get(0)).append("\r\n");
        rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
