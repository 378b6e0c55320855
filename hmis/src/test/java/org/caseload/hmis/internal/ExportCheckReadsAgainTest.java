// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisFinding;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;
import org.junit.jupiter.api.Test;

/**
 * Findings found by hash are told only when the rows read again agree: a key seen twice when the
 * first row's id is the same, an overlap when both stays' PersonalID and ProjectID are.
 */
class ExportCheckReadsAgainTest {

    private static final HmisSpecification SPEC = HmisSpecification.of(HmisVersion.FY2026);
    private static final HmisFile ORGANIZATION = SPEC.file("Organization").orElseThrow();

    @Test
    void aDuplicateWhoseFirstIdReadAgainIsTheSameIsTold() {
        List<HmisFinding> findings = twoRowsWithId("O1", "O1");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.recordId()).isEqualTo("O1");
            assertThat(finding.reason()).isEqualTo("duplicate OrganizationID: the same id is on line 2");
        });
    }

    @Test
    void twoIdsThatOnlyShareAHashAreNoDuplicate() {
        // The first row is read again with another id: what a collision of hashes looks like.
        assertThat(twoRowsWithId("O1", "O2")).isEmpty();
    }

    private static List<HmisFinding> twoRowsWithId(String id, String firstIdReadAgain) {
        ExportCheck check = new ExportCheck(HmisVersion.FY2026, (file, lines, columns) -> {
            assertThat(file).isEqualTo("Organization");
            assertThat(lines).containsExactly(2L);
            assertThat(columns).containsExactly("OrganizationID");
            return Map.of(2L, List.of(firstIdReadAgain));
        });
        IdTable keys = new IdTable();
        Function<String, String> row = column -> column.equals("OrganizationID") ? id : null;
        check.row(ORGANIZATION, "Organization.csv", 2, row, List.of(), keys);
        check.row(ORGANIZATION, "Organization.csv", 3, row, List.of(), keys);
        check.endFile(ORGANIZATION, keys);
        return check.findings();
    }

    @Test
    void overlappingStaysAreToldWithTheIdsReadAgain() {
        assertThat(twoOverlappingStays("C1")).singleElement().extracting(HmisFinding::recordId,
                HmisFinding::line, HmisFinding::reason).containsExactly("E2", 3L,
                "overlaps enrollment E1 of the same client (PersonalID C1) in project P1");
    }

    @Test
    void staysOfTwoClientsThatOnlyShareAHashDoNotOverlap() {
        assertThat(twoOverlappingStays("C9")).isEmpty();
    }

    private static List<HmisFinding> twoOverlappingStays(String secondClientReadAgain) {
        ExportCheck check = new ExportCheck(HmisVersion.FY2026, (file, lines, columns) -> Map.of(
                2L, List.of("E1", "C1", "P1"), 3L, List.of("E2", secondClientReadAgain, "P1")));
        HmisFile enrollment = SPEC.file("Enrollment").orElseThrow();
        IdTable keys = new IdTable();
        for (int line = 2; line <= 3; line++) {
            Map<String, String> row = Map.of("EnrollmentID", "E" + (line - 1), "PersonalID", "C1", "ProjectID", "P1",
                    "EntryDate", "2025-10-0" + line);
            check.row(enrollment, "Enrollment.csv", line, row::get, List.of(), keys);
        }
        check.endFile(enrollment, keys);
        check.endFile(SPEC.file("Exit").orElseThrow(), new IdTable());
        return check.findings();
    }
}
