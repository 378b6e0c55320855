// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.caseload.hmis.HmisFinding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data quality checks, over hand-made exports of both versions, one of them broken in every way checked. */
class HmisCheckTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"fy2024", "fy2026"})
    void aWellFormedExportHasNoFinding(String name) throws Exception {
        HmisCheckReport report = HmisCheck.run(HmisCsvReaderTest.export(name));
        assertThat(report.version()).hasToString(name.toUpperCase());
        assertThat(report.findings()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aBrokenExportHasEveryFindingWithItsFileLineColumnAndRecord() throws Exception {
        HmisCheckReport report = HmisCheck.run(HmisCsvReaderTest.export("fy2026-broken"));
        assertThat(report.version()).isEqualTo(HmisVersion.FY2026);
        assertThat(report.findings().stream().map(HmisCheckTest::where)).containsExactlyInAnyOrder(
                "ERROR Organization.csv:2 OrganizationName O1",
                "ERROR Project.csv:2 ProjectType P1",
                "ERROR Project.csv:3 OperatingStartDate P2",
                "ERROR Project.csv:3 ProjectType P2",
                "WARNING Funder.csv:3 Funder F2",
                "ERROR ProjectCoC.csv:3 CoCCode PC2",
                "WARNING Client.csv:4 SSN C3",
                "ERROR Client.csv:5 DOBDataQuality C4",
                "ERROR Client.csv:5 DOB C4",
                "ERROR Enrollment.csv:6 EntryDate E5",
                "ERROR Enrollment.csv:7 EnrollmentID E5",
                "ERROR Enrollment.csv:7 EntryDate E5",
                "ERROR Enrollment.csv:8 PersonalID E6",
                "ERROR Enrollment.csv:6 RelationshipToHoH H4",
                "ERROR Enrollment.csv:8 RelationshipToHoH H5",
                "ERROR Exit.csv:4 ExitDate X3",
                "ERROR IncomeBenefits.csv:2 TotalMonthlyIncome IB1",
                "WARNING Disabilities.csv:1 null null",
                "ERROR Services.csv:3 TypeProvided S2",
                "ERROR YouthEducationStatus.csv:0 null null",
                "ERROR AssessmentResults.csv:3 null AR2",
                "ERROR Event.csv:1 Comments null");
        assertThat(report.errors()).isEqualTo(19);
        assertThat(report.warnings()).isEqualTo(3);
        assertThat(report.passed()).isFalse();
        assertThat(reason(report, "Funder.csv", "Funder")).contains("retired in FY2026");
        assertThat(reason(report, "Client.csv", "SSN")).contains("leading zero").contains("9 digits");
        assertThat(reason(report, "Client.csv", "DOB")).isEqualTo("after the record's DateCreated");
        assertThat(report.findings()).filteredOn(f -> "P2".equals(f.recordId()) && "ProjectType".equals(f.column()))
                .singleElement().extracting(HmisFinding::reason).asString().contains("no row in Inventory.csv");
        assertThat(reason(report, "Organization.csv", "OrganizationName")).isEqualTo(
                "210 characters where at most 200 are allowed");
        assertThat(report.findings()).filteredOn(f -> "H4".equals(f.recordId())).singleElement()
                .extracting(HmisFinding::reason).asString().contains("2 heads");
        assertThat(report.findings()).filteredOn(f -> "H5".equals(f.recordId())).singleElement()
                .extracting(HmisFinding::reason).asString().contains("no head");
    }

    @Test
    void noFindingHoldsAClientsNameSsnOrDateOfBirth() throws Exception {
        HmisCheckReport report = HmisCheck.run(HmisCsvReaderTest.export("fy2026-broken"));
        List<String> personal = new ArrayList<>();
        try (HmisCsvReader clients = HmisCsvReader.open(HmisCsvReaderTest.export("fy2026-broken")
                .resolve("Client.csv"))) {
            for (HmisCsvRow row = clients.next(); row != null; row = clients.next()) {
                Stream.of("FirstName", "LastName", "SSN", "DOB").map(row::get).filter(v -> v != null)
                        .forEach(personal::add);
            }
        }
        assertThat(personal).hasSizeGreaterThan(10);
        for (HmisFinding finding : report.findings()) {
            for (String value : personal) {
                assertThat(finding.toString()).doesNotContain(value);
            }
        }
    }

    @Test
    void anExportWithoutAVersionIsOneFinding() throws IOException {
        Files.writeString(temp.resolve("Export.csv"), "ExportID,CSVVersion\nE1,2019\n");
        HmisCheckReport report = HmisCheck.run(temp);
        assertThat(report.version()).isNull();
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.file()).isEqualTo("Export.csv");
            assertThat(finding.column()).isEqualTo("CSVVersion");
        });
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> HmisCheck.run(temp.resolve("nowhere"))).isInstanceOf(HmisFormatException.class)
                .hasMessageContaining("no such folder");
    }

    @Test
    void progressReachesTheEndAndACancelledCheckStopsEarly() throws Exception {
        Path export = temp.resolve("big");
        copy(HmisCsvReaderTest.export("fy2026"), export);
        // Enough services rows for the check to report progress and ask about cancelling in the middle.
        StringBuilder services = new StringBuilder(Files.readString(export.resolve("Services.csv")));
        for (int i = 0; i < 10_000; i++) {
            services.append("SX").append(i).append(",E1,C1,2025-10-02,200,200,,,,,,,,2025-10-20 09:00:00,"
                    + "2025-10-20 09:00:00,U1,,EXP1\r\n");
        }
        Files.writeString(export.resolve("Services.csv"), services);
        List<long[]> calls = new ArrayList<>();
        HmisCheckReport full = HmisCheck.run(export, (done, total) -> calls.add(new long[] {done, total}),
                () -> false);
        assertThat(full.findings()).isEmpty();
        assertThat(full.cancelled()).isFalse();
        assertThat(calls).hasSizeGreaterThan(24);
        long[] last = calls.get(calls.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(Files.size(export.resolve("Services.csv"))
                + sizeOfOthers(export));
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
        }

        AtomicInteger asked = new AtomicInteger();
        HmisCheckReport cancelled = HmisCheck.run(export, HmisCheck.Progress.none(),
                () -> asked.incrementAndGet() > 1);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.passed()).isFalse();
        assertThat(asked.get()).isEqualTo(2);
    }

    private static long sizeOfOthers(Path export) throws IOException {
        try (Stream<Path> files = Files.list(export)) {
            return files.filter(file -> !file.getFileName().toString().equals("Services.csv")).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String reason(HmisCheckReport report, String file, String column) {
        return report.findings().stream().filter(f -> f.file().equals(file) && column.equals(f.column()))
                .findFirst().orElseThrow().reason();
    }

    private static String where(HmisFinding finding) {
        return finding.severity() + " " + finding.file() + ":" + finding.line() + " " + finding.column() + " "
                + finding.recordId();
    }
}
