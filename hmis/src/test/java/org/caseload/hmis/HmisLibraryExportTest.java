// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.hmis.CaseloadLibrary.hex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.MergeClients;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The library's own records of an organization written as HMIS rows, beside the imported ones. */
class HmisLibraryExportTest {

    static final Clock EXPORT_CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final String EXPORT_ID = "0123456789abcdef0123456789abcdef";
    static final TestKeys KEYS = TestKeys.fixed();
    /** The files the library's records are written in, and the export's own. */
    static final List<String> LIBRARY_FILES = List.of("Export", "Organization", "User", "Project", "Client",
            "Enrollment", "Exit");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(HmisVersion.class)
    void anOrganizationsExportHoldsItsProjectsClientsEnrollmentsAndExitsRowForRow(HmisVersion version)
            throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Path out = temp.resolve("out");
            List<HmisFinding> warnings = new ArrayList<>();
            HmisExportReport report = export(storage, version).organizationName("Agency A").onFinding(warnings::add)
                    .run(out);

            Path expected = HmisImportExportTest.resource("library-fy" + version.year());
            for (String file : LIBRARY_FILES) {
                assertThat(HmisImportExportTest.text(out.resolve(file + ".csv"))).as(file)
                        .isEqualTo(HmisImportExportTest.text(expected.resolve(file + ".csv")));
            }
            // The library's service catalog has no HUD record types: Services.csv holds imported rows only.
            assertThat(report.writtenRows()).containsEntry("Services", 0L).containsEntry("Client", 3L)
                    .containsEntry("Enrollment", 2L).containsEntry("Exit", 2L).containsEntry("Project", 2L);
            assertThat(warnings).extracting(HmisFinding::severity, HmisFinding::file, HmisFinding::line,
                    HmisFinding::column, HmisFinding::recordId).containsExactly(
                            tuple(Severity.WARNING, "Client.csv", 4L, "FirstName", hex(library.longNamed)));
            assertThat(warnings.get(0).reason()).contains("50 characters").doesNotContain("BBB");
            assertThat(HmisCheck.run(out).errors()).isZero();
        }
    }

    @Test
    void idsAre32HexDigitsAndTheStayIsTheHouseholdId() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Path out = temp.resolve("out");
            export(storage, HmisVersion.FY2026).run(out);

            for (String file : List.of("Project", "Client", "Enrollment", "Exit")) {
                assertThat(HmisImportExportTest.ids(out, file)).as(file).allMatch(id -> id.matches("[0-9a-f]{32}"));
            }
            // Ids that are not UUIDs are written as they are when they fit.
            assertThat(HmisImportExportTest.ids(out, "Organization")).containsExactly(CaseloadLibrary.ORGANIZATION);
            assertThat(HmisImportExportTest.ids(out, "User")).containsExactly("caseload");
            assertThat(HmisImportExportTest.ids(out, "Enrollment"))
                    .containsExactly(hex(library.headStay.id()), hex(library.childStay.id()));
            Map<String, String> head = row(out, "Enrollment", 0);
            Map<String, String> child = row(out, "Enrollment", 1);
            assertThat(head).containsEntry("PersonalID", hex(library.head)).containsEntry("ProjectID",
                    hex(library.shelter)).containsEntry("RelationshipToHoH", "1")
                    .containsEntry("HouseholdID", hex(library.headStay.householdStayId()));
            assertThat(child).containsEntry("RelationshipToHoH", "2").containsEntry("HouseholdID",
                    head.get("HouseholdID"));
            assertThat(row(out, "Exit", 0)).containsEntry("EnrollmentID", hex(library.headStay.id()))
                    .containsEntry("ExitDate", "2026-11-20").containsEntry("Destination", "410");
            assertThat(row(out, "Client", 0)).containsEntry("SSN", "012345678").containsEntry("Sex", "99");
            // org-b's client and project are not org-a's to export.
            assertThat(Files.readString(out.resolve("Client.csv"))).doesNotContain("Ruth");
            assertThat(Files.readString(out.resolve("Project.csv"))).doesNotContain("Their shelter");
        }
    }

    @ParameterizedTest
    @EnumSource(HmisVersion.class)
    void anExportImportedIntoAFreshStoreAndExportedAgainHasTheSameRows(HmisVersion version) throws Exception {
        Storage storage = new InMemoryStorage();
        Path first = temp.resolve("first");
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            export(storage, version).run(first);
        }
        Storage fresh = new InMemoryStorage();
        HmisImportReport imported = HmisImport.into(fresh, KEYS).run(first);
        assertThat(imported.refusedRows()).isZero();
        Path again = temp.resolve("again");
        HmisExport.from(fresh, KEYS).version(version).clock(EXPORT_CLOCK).run(again);

        for (HmisFile file : HmisSpecification.of(version).files()) {
            Set<String> describeTheExport = file.name().equals("Export")
                    ? Set.of("ExportDate", "SoftwareName", "SoftwareVersion", "CSVVersion") : Set.of();
            assertThat(HmisImportExportTest.rows(again.resolve(file.fileName()), file, describeTheExport))
                    .as(file.fileName())
                    .isEqualTo(HmisImportExportTest.rows(first.resolve(file.fileName()), file, describeTheExport));
        }
    }

    @Test
    void theProjectsAndPeriodAskedForChooseTheLibrarysRecordsToo() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Path outreach = temp.resolve("outreach");
            export(storage, HmisVersion.FY2026).projects(List.of(library.outreach)).run(outreach);
            assertThat(HmisImportExportTest.ids(outreach, "Project")).containsExactly(hex(library.outreach));
            assertThat(HmisImportExportTest.ids(outreach, "Enrollment")).isEmpty();
            assertThat(HmisImportExportTest.ids(outreach, "Client")).isEmpty();
            assertThat(HmisImportExportTest.ids(outreach, "Organization")).hasSize(1);

            Path shelter = temp.resolve("shelter");
            export(storage, HmisVersion.FY2026).projects(List.of(hex(library.shelter))).run(shelter);
            assertThat(HmisImportExportTest.ids(shelter, "Client")).containsExactly(hex(library.head),
                    hex(library.child));
            assertThat(HmisImportExportTest.ids(shelter, "Exit")).hasSize(2);

            Path afterTheExit = temp.resolve("december");
            export(storage, HmisVersion.FY2026).period(LocalDate.of(2026, 11, 21), null).run(afterTheExit);
            assertThat(HmisImportExportTest.ids(afterTheExit, "Enrollment")).isEmpty();
            assertThat(HmisImportExportTest.ids(afterTheExit, "Client")).isEmpty();

            Path theStay = temp.resolve("november");
            export(storage, HmisVersion.FY2026).period(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30))
                    .run(theStay);
            assertThat(HmisImportExportTest.ids(theStay, "Enrollment")).hasSize(2);
        }
    }

    @Test
    void importedRowsAreWrittenBesideTheLibrarysAndOneWithALibraryIdGivesWay() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Path own = temp.resolve("own");
            export(storage, HmisVersion.FY2026).run(own);
            HmisImport.into(storage, KEYS).run(HmisImportExportTest.resource("fy2026"));
            HmisImport.into(storage, KEYS).run(own);

            Path both = temp.resolve("both");
            List<HmisFinding> warnings = new ArrayList<>();
            export(storage, HmisVersion.FY2026).onFinding(warnings::add).run(both);

            List<String> clients = HmisImportExportTest.ids(both, "Client");
            assertThat(clients).startsWith(hex(library.head), hex(library.child), hex(library.longNamed))
                    .contains("C1").doesNotHaveDuplicates();
            assertThat(warnings).filteredOn(warning -> warning.file().equals("Client.csv")
                    && warning.column().equals("PersonalID")).extracting(HmisFinding::recordId)
                    .containsExactlyInAnyOrder(hex(library.head), hex(library.child), hex(library.longNamed));
            assertThat(HmisCheck.run(both).errors()).isZero();
        }
    }

    @Test
    void aHeadWhoLeftMembersBehindIsWrittenAsAMemberSoTheHouseholdHasOneHead() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Caseload caseload = library.caseload;
            String household = library.headStay.householdId();
            LocalDate entry = CaseloadLibrary.EXIT.plusDays(1);
            Enrollment head = caseload.enrollments().enroll(new EnrollClient(library.head, library.outreach, household, entry));
            Enrollment child = caseload.enrollments().enroll(new EnrollClient(library.child, library.outreach, household, entry));
            caseload.enrollments().exit(ExitEnrollment.of(head, entry.plusDays(1), Destination.RENTAL_NO_SUBSIDY)
                    .withNewHead(child));
            Path out = temp.resolve("out");
            export(storage, HmisVersion.FY2026).run(out);

            List<String> lines = Files.readAllLines(out.resolve("Enrollment.csv"));
            List<String> header = List.of(lines.get(0).split(","));
            Map<String, String> relationships = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> values = List.of(line.split(",", -1));
                if (values.get(header.indexOf("HouseholdID")).equals(hex(head.householdStayId()))) {
                    relationships.put(values.get(header.indexOf("EnrollmentID")),
                            values.get(header.indexOf("RelationshipToHoH")));
                }
            }
            assertThat(relationships).containsExactlyInAnyOrderEntriesOf(
                    Map.of(hex(head.id()), "99", hex(child.id()), "1"));
            assertThat(HmisCheck.run(out).errors()).isZero();
        }
    }

    @Test
    void withoutACocTheHeadsEnrollmentCocIsEmptyAndTheCheckSaysSo() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            Path out = temp.resolve("out");
            HmisExport.from(storage, KEYS).organization(CaseloadLibrary.ORGANIZATION).run(out);

            assertThat(row(out, "Enrollment", 0)).containsEntry("RelationshipToHoH", "1").containsEntry("EnrollmentCoC", null);
            assertThat(HmisCheck.run(out).findings()).filteredOn(finding -> finding.severity() == Severity.ERROR)
                    .extracting(HmisFinding::column, HmisFinding::recordId)
                    .containsExactly(tuple("EnrollmentCoC", hex(library.headStay.id())));
            assertThatThrownBy(() -> HmisExport.from(storage, KEYS).continuumOfCare("XX500"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX500");
        }
    }

    @Test
    void aClientMergedIntoAnotherIsLeftOutAndAStayWithoutItsOwnIdNamesTheHousehold() throws Exception {
        Storage storage = new InMemoryStorage();
        try (CaseloadLibrary library = new CaseloadLibrary(storage, KEYS).fill()) {
            library.identity.runAs(CaseloadLibrary.DATA_QUALITY, () -> library.caseload.duplicates()
                    .merge(new MergeClients(library.longNamed, library.head, "registered twice")));
            EnrollmentRecord stay = storage.inTransaction(session -> session.enrollments()
                    .findById(library.headStay.id())).orElseThrow();
            storage.inTransaction(session -> session.enrollments().update(stay.withHouseholdStayId(null)));
            Path out = temp.resolve("out");
            export(storage, HmisVersion.FY2026).run(out);

            assertThat(HmisImportExportTest.ids(out, "Client")).containsExactly(hex(library.head), hex(library.child));
            assertThat(row(out, "Enrollment", 0)).containsEntry("HouseholdID", hex(stay.householdId()));
        }
    }

    @Test
    void anIdThatNoExportCanHoldIsRefusedByFileAndColumnAndNothingIsWritten() throws Exception {
        Storage storage = new InMemoryStorage();
        TestIdentity identity = new TestIdentity().as(CaseloadLibrary.ADMIN);
        try (Caseload caseload = Caseload.builder().storage(storage).identity(identity).keyProvider(KEYS)
                .ids(() -> "project-of-the-host-numbered-0000000001").build()) {
            caseload.enrollments().registerProject(new RegisterProject("Shelter"));
        }
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> export(storage, HmisVersion.FY2026).run(out)).isInstanceOf(HmisFormatException.class)
                .hasMessage("Project.csv column ProjectID: the library's id project-of-the-host-numbered-0000000001 "
                        + "is neither a UUID nor at most 32 characters, so no export can hold it");
        assertThat(out).isEmptyDirectory();
    }

    private static HmisExport export(Storage storage, HmisVersion version) {
        return HmisExport.from(storage, KEYS).version(version).clock(EXPORT_CLOCK).exportId(EXPORT_ID)
                .organization(CaseloadLibrary.ORGANIZATION).continuumOfCare("XX-500");
    }

    /** A row of a written file by column. */
    private static Map<String, String> row(Path folder, String file, int index) throws Exception {
        try (HmisCsvReader reader = HmisCsvReader.open(folder.resolve(file + ".csv"))) {
            HmisCsvRow row = reader.next();
            for (int i = 0; i < index; i++) {
                row = reader.next();
            }
            Map<String, String> values = new HashMap<>();
            for (String column : reader.header()) {
                values.put(column, row.get(column));
            }
            return values;
        }
    }
}
