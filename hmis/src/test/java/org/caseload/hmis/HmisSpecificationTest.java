// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The specification the module ships, against the published facts of both versions. */
class HmisSpecificationTest {

    private static final List<String> FILES = List.of("Export", "Organization", "User", "Project", "Funder",
            "ProjectCoC", "Inventory", "Affiliation", "HMISParticipation", "CEParticipation", "Client", "Enrollment",
            "Exit", "IncomeBenefits", "HealthAndDV", "EmploymentEducation", "Disabilities", "Services",
            "CurrentLivingSituation", "Assessment", "AssessmentQuestions", "AssessmentResults", "Event",
            "YouthEducationStatus");

    private final HmisSpecification fy2024 = HmisSpecification.of(HmisVersion.FY2024);
    private final HmisSpecification fy2026 = HmisSpecification.of(HmisVersion.FY2026);

    @ParameterizedTest
    @EnumSource(HmisVersion.class)
    void everyVersionHasAllTwentyFourFiles(HmisVersion version) {
        HmisSpecification spec = HmisSpecification.of(version);
        assertThat(spec.files()).extracting(HmisFile::name).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(spec.files().get(0).name()).isEqualTo("Export");
        for (HmisFile file : spec.files()) {
            assertThat(file.columns()).as(file.name()).isNotEmpty();
            assertThat(file.column(file.primaryKey())).as(file.name() + " key").isPresent();
            for (int i = 0; i < file.columns().size(); i++) {
                assertThat(file.columns().get(i).order()).as(file.name()).isEqualTo(i + 1);
            }
        }
    }

    /** Each code list the spec's tables define is one the specification carries, with the same codes. */
    @ParameterizedTest
    @EnumSource(HmisVersion.class)
    void everyCodeListOfTheTablesIsImplemented(HmisVersion version) throws IOException {
        JsonNode published = table("lists_" + version.year() + ".json");
        HmisSpecification spec = HmisSpecification.of(version);
        List<String> missing = new ArrayList<>();
        published.fields().forEachRemaining(entry -> {
            HmisCodeList list = spec.codeList(entry.getKey()).orElse(null);
            if (list == null) {
                missing.add(entry.getKey());
                return;
            }
            List<String> codes = new ArrayList<>();
            entry.getValue().get("values").forEach(code -> codes.add(code.asText()));
            assertThat(list.codes()).as(entry.getKey()).isEqualTo(codes);
            assertThat(list.element()).as(entry.getKey()).isEqualTo(entry.getValue().get("code").asText());
            codes.forEach(code -> assertThat(list.label(code)).as(entry.getKey() + " " + code).isPresent());
        });
        assertThat(missing).as("code lists of the spec's tables the library lacks").isEmpty();
        assertThat(spec.codeLists()).hasSize(published.size());
    }

    /** Every coded column and every conditional rule names a list that exists; every list is used. */
    @ParameterizedTest
    @EnumSource(HmisVersion.class)
    void everyCodedColumnHasItsListAndEveryListIsUsed(HmisVersion version) {
        HmisSpecification spec = HmisSpecification.of(version);
        Set<String> used = new HashSet<>();
        spec.files().forEach(file -> file.columns().forEach(column -> used.addAll(column.codeLists())));
        spec.conditionalCodeLists().forEach(rule -> used.addAll(rule.listsByValue().values()));
        assertThat(spec.codeLists().keySet()).containsAll(used);
        assertThat(used).containsAll(spec.codeLists().keySet());
    }

    @Test
    void clientHasSexAfterDobDataQualityInFy2026Only() {
        List<String> client2026 = fy2026.file("Client").orElseThrow().columnNames();
        assertThat(client2026.get(client2026.indexOf("DOBDataQuality") + 1)).isEqualTo("Sex");
        assertThat(fy2026.file("Client").orElseThrow().column("Sex").orElseThrow().codeLists()).containsExactly("Sex");
        assertThat(fy2026.codeList("Sex").orElseThrow().codes()).containsExactly("0", "1", "8", "9", "99");
        assertThat(fy2024.file("Client").orElseThrow().column("Sex")).isEmpty();
    }

    @Test
    void hispanicLatinaeoIsRenamedAndTheGenderColumnsAreGone() {
        List<String> client2024 = fy2024.file("Client").orElseThrow().columnNames();
        List<String> client2026 = fy2026.file("Client").orElseThrow().columnNames();
        assertThat(client2024).contains("HispanicLatinaeo").doesNotContain("HispanicLatinao");
        assertThat(client2026).contains("HispanicLatinao").doesNotContain("HispanicLatinaeo");
        List<String> gender = List.of("Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender", "Questioning",
                "DifferentIdentity", "GenderNone", "DifferentIdentityText");
        assertThat(client2024).containsAll(gender);
        assertThat(client2026).doesNotContainAnyElementsOf(gender);
    }

    @Test
    void enrollmentLosesSexualOrientationAndLanguageAndGainsMentalHealthConsultation() {
        List<String> removed = List.of("SexualOrientation", "SexualOrientationOther", "TranslationNeeded",
                "PreferredLanguage", "PreferredLanguageDifferent");
        assertThat(fy2024.file("Enrollment").orElseThrow().columnNames()).containsAll(removed)
                .doesNotContain("MentalHealthConsultation");
        assertThat(fy2026.file("Enrollment").orElseThrow().columnNames()).doesNotContainAnyElementsOf(removed)
                .contains("MentalHealthConsultation");
    }

    @Test
    void exportSourceIdGrowsTo350AndTheCsvVersionNamesTheYear() {
        assertThat(fy2024.file("Export").orElseThrow().column("SourceID").orElseThrow().maxLength()).isEqualTo(32);
        assertThat(fy2026.file("Export").orElseThrow().column("SourceID").orElseThrow().maxLength()).isEqualTo(350);
        assertThat(HmisVersion.FY2026.csvVersion()).isEqualTo("2026 v1.0");
        assertThat(HmisVersion.fromCsvVersion("2026 v1.0")).contains(HmisVersion.FY2026);
        assertThat(HmisVersion.fromCsvVersion("2024 v1.3")).contains(HmisVersion.FY2024);
        assertThat(HmisVersion.fromCsvVersion("2022 v1.0")).isEmpty();
        assertThat(HmisVersion.fromCsvVersion("20260")).isEmpty();
        assertThat(HmisVersion.fromCsvVersion(null)).isEmpty();
    }

    @Test
    void fundingSourceRetiresFourCodesAndAdds56() {
        HmisCodeList before = fy2024.codeList("FundingSource").orElseThrow();
        HmisCodeList after = fy2026.codeList("FundingSource").orElseThrow();
        assertThat(before.codes()).contains("12", "47", "48", "49").doesNotContain("56");
        assertThat(before.retired()).isEmpty();
        assertThat(after.codes()).contains("56").doesNotContain("12", "47", "48", "49");
        assertThat(after.retired()).containsExactlyInAnyOrder("12", "47", "48", "49");
        assertThat(after.isRetired("12")).isTrue();
        // The label of a retired code is the one the earlier version gave it.
        assertThat(after.label("12")).isEqualTo(before.label("12")).isPresent();
    }

    @Test
    void columnsCarryTypesLengthsRequiredFlagsAndKeys() {
        assertThat(fy2026.file("CLIENT.Csv")).isPresent();
        assertThat(fy2026.file("Clients")).isEmpty();
        HmisFile client = fy2026.file("client.csv").orElseThrow();
        assertThat(client.fileName()).isEqualTo("Client.csv");
        assertThat(client.primaryKey()).isEqualTo("PersonalID");
        HmisColumn ssn = client.column("ssn").orElseThrow();
        assertThat(ssn.name()).isEqualTo("SSN");
        assertThat(ssn.type()).isEqualTo(HmisType.STRING);
        assertThat(ssn.maxLength()).isEqualTo(9);
        assertThat(ssn.required()).isFalse();
        assertThat(client.column("DOB").orElseThrow().type()).isEqualTo(HmisType.DATE);
        assertThat(client.column("DateCreated").orElseThrow().type()).isEqualTo(HmisType.DATETIME);
        assertThat(client.column("VeteranStatus").orElseThrow().required()).isTrue();
        HmisColumn destination = fy2026.file("Exit").orElseThrow().column("Destination").orElseThrow();
        assertThat(destination.codeLists()).hasSize(3).contains("Destination");
        assertThat(fy2026.foreignKeys()).contains(new HmisForeignKey("Enrollment", "PersonalID", "Client",
                "PersonalID"));
        assertThat(fy2026.pattern("ProjectCoC", "CoCCode")).isPresent();
        assertThat(fy2026.conditionalCodeLists()).anySatisfy(rule -> {
            assertThat(rule.column()).isEqualTo("TypeProvided");
            assertThat(rule.listFor("200")).contains("BedNight");
        });
    }

    @Test
    void theVersionOfAHeaderComesFromTheColumnsOnlyOneVersionHas() {
        assertThat(HmisVersion.ofHeader("Client.csv", List.of("PersonalID", "SEX", "hispaniclatinao")))
                .contains(HmisVersion.FY2026);
        assertThat(HmisVersion.ofHeader("Client", List.of("PersonalID", "Woman", "HispanicLatinaeo")))
                .contains(HmisVersion.FY2024);
        assertThat(HmisVersion.ofHeader("Client", List.of("PersonalID", "FirstName"))).isEmpty();
        assertThat(HmisVersion.ofHeader("Project", fy2026.file("Project").orElseThrow().columnNames())).isEmpty();
    }

    /**
     * The tables the module ships are the project's copies of the specification, unchanged (when
     * those are beside the repository, as on the build machines).
     */
    @ParameterizedTest
    @ValueSource(strings = {"columns_2024.csv", "columns_2026.csv", "lists_2024.json", "lists_2026.json",
            "rules.json"})
    void theShippedTablesAreTheSpecificationsTables(String name) throws IOException {
        Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("data/hmis-spec")
                .resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(shared), "the specification's tables are not at " + shared);
        try (InputStream in = HmisSpecificationTest.class.getResourceAsStream("/org/caseload/hmis/internal/"
                + name)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    private static JsonNode table(String name) throws IOException {
        try (InputStream in = HmisSpecificationTest.class.getResourceAsStream("/org/caseload/hmis/internal/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
