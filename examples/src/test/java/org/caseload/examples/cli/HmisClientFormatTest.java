// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.clients.ClientDetails;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmisClientFormatTest {

    @TempDir
    Path folder;

    private static final HmisClientFormat FORMAT = new HmisClientFormat();

    @Test
    void findsEveryColumnByNameInAnyOrderAndIgnoringCase() throws RejectedRow {
        List<String> header = new ArrayList<>(HmisClientFormat.FY2024_COLUMNS);
        Collections.reverse(header);
        header.set(header.indexOf("FirstName"), "firstname");
        Map<String, String> values = new HashMap<>(Map.of("PersonalID", "P-7", "firstname", "Maria",
                "LastName", "Garcia", "NameDataQuality", "1", "SSN", "xxxxx6789", "SSNDataQuality", "2",
                "DOB", "1980-03-04", "DOBDataQuality", "1", "Woman", "1", "VeteranStatus", "0"));
        values.putAll(Map.of("Asian", "1", "HispanicLatinaeo", "1", "White", "0"));

        SourceRecord record = FORMAT.mapper(header).map(2, row(header, values));

        assertThat(record.sourceId()).isEqualTo("P-7");
        assertThat(record.line()).isEqualTo(2);
        assertThat(record.notes()).isEmpty();
        ClientDetails details = record.details();
        assertThat(details.firstName()).isEqualTo("Maria");
        assertThat(details.lastName()).isEqualTo("Garcia");
        assertThat(details.nameQuality()).isEqualTo(NameDataQuality.FULL);
        assertThat(details.ssn()).isEqualTo("xxxxx6789");
        assertThat(details.ssnQuality()).isEqualTo(SsnDataQuality.APPROXIMATE_OR_PARTIAL);
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1980, 3, 4));
        assertThat(details.raceAndEthnicity())
                .containsExactlyInAnyOrder(RaceAndEthnicity.ASIAN, RaceAndEthnicity.HISPANIC_LATINAEO);
        assertThat(details.gender()).containsExactly(Gender.WOMAN);
        assertThat(details.veteranStatus()).isEqualTo(NoYesReasons.NO);
    }

    @Test
    void needsOnlyThePersonalIdColumn() throws RejectedRow {
        List<String> header = List.of("LastName", "PersonalID");

        ClientDetails details = FORMAT.mapper(header).map(2, List.of("Nguyen", "9")).details();

        assertThat(details.lastName()).isEqualTo("Nguyen");
        assertThat(details.nameQuality()).isEqualTo(NameDataQuality.PARTIAL);
        assertThat(details.ssnQuality()).isEqualTo(SsnDataQuality.DATA_NOT_COLLECTED);
        assertThat(details.dobQuality()).isEqualTo(DobDataQuality.DATA_NOT_COLLECTED);
        assertThat(details.raceAndEthnicity()).containsExactly(RaceAndEthnicity.DATA_NOT_COLLECTED);
        assertThat(details.gender()).containsExactly(Gender.DATA_NOT_COLLECTED);
        assertThatThrownBy(() -> FORMAT.mapper(List.of("FirstName", "LastName")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PersonalID");
    }

    @Test
    void makesEachValueAgreeWithItsDataQualityAndSaysSoByColumn() throws RejectedRow {
        List<String> header = HmisClientFormat.FY2024_COLUMNS;
        Map<String, String> values = Map.of("PersonalID", "1", "FirstName", "Ana", "NameDataQuality", "1",
                "SSNDataQuality", "1", "DOB", "1990-13-45", "DOBDataQuality", "1", "RaceNone", "9",
                "GenderNone", "8", "VeteranStatus", "7");

        SourceRecord record = FORMAT.mapper(header).map(5, row(header, values));

        ClientDetails details = record.details();
        assertThat(details.nameQuality()).isEqualTo(NameDataQuality.PARTIAL);
        assertThat(details.ssnQuality()).isEqualTo(SsnDataQuality.DATA_NOT_COLLECTED);
        assertThat(details.dateOfBirth()).isNull();
        assertThat(details.dobQuality()).isEqualTo(DobDataQuality.DATA_NOT_COLLECTED);
        assertThat(details.raceAndEthnicity()).containsExactly(RaceAndEthnicity.CLIENT_PREFERS_NOT_TO_ANSWER);
        assertThat(details.gender()).containsExactly(Gender.CLIENT_DOES_NOT_KNOW);
        assertThat(details.veteranStatus()).isEqualTo(NoYesReasons.DATA_NOT_COLLECTED);
        assertThat(record.notes()).containsExactly(
                "NameDataQuality 1 without both names: taken as 2",
                "SSNDataQuality 1 without a value: taken as 99",
                "DOB is not a date (yyyy-mm-dd): dropped",
                "DOBDataQuality 1 without a value: taken as 99",
                "VeteranStatus is not a code of its list: ignored");
        assertThat(String.join(" ", record.notes())).doesNotContain("Ana").doesNotContain("1990");
    }

    @Test
    void keepsAValueGivenWithAMissingDataCodeAsPartial() throws RejectedRow {
        List<String> header = List.of("PersonalID", "SSN", "SSNDataQuality", "DOB", "DOBDataQuality");

        SourceRecord record = FORMAT.mapper(header).map(2, List.of("1", "123456789", "99", "1980-03-04", "8"));

        assertThat(record.details().ssnQuality()).isEqualTo(SsnDataQuality.APPROXIMATE_OR_PARTIAL);
        assertThat(record.details().dobQuality()).isEqualTo(DobDataQuality.APPROXIMATE_OR_PARTIAL);
        assertThat(record.notes()).containsExactly("SSNDataQuality 99 with a value: taken as 2",
                "DOBDataQuality 8 with a value: taken as 2");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFieldsNoIdOrADeletionDate() {
        ClientFileFormat.RowMapper mapper = FORMAT.mapper(List.of("PersonalID", "LastName", "DateDeleted"));

        assertThatThrownBy(() -> mapper.map(3, List.of("1", "Smith")))
                .isInstanceOf(RejectedRow.class).hasMessage("2 fields where the header has 3");
        assertThatThrownBy(() -> mapper.map(4, List.of(" ", "Smith", "")))
                .isInstanceOf(RejectedRow.class).hasMessage("PersonalID is empty");
        assertThatThrownBy(() -> mapper.map(5, List.of("2", "Smith", "2024-01-02 10:00:00")))
                .isInstanceOf(RejectedRow.class).hasMessage("deleted in the source (DateDeleted is set)");
    }

    @Test
    void readsAnFy2026ClientFileInWindows1252ThroughTheHmisReader() throws IOException {
        List<String> header = HmisSpecification.of(HmisVersion.FY2026).file("Client").orElseThrow().columnNames();
        Map<String, String> values = new HashMap<>(Map.of("PersonalID", "C1", "FirstName", "José",
                "LastName", "Muñoz", "NameDataQuality", "1", "SSNDataQuality", "99", "DOB", "1980-03-04",
                "DOBDataQuality", "1", "Sex", "0", "HispanicLatinao", "1", "VeteranStatus", "0"));
        values.put("White", "1");
        String text = String.join(",", header) + "\r\n" + String.join(",", row(header, values)) + "\r\n";
        Path file = folder.resolve("Client.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        StringWriter notes = new StringWriter();

        List<SourceRecord> records = new ClientFileLoader(new PrintWriter(notes)).read(FORMAT, file);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.sourceId()).isEqualTo("C1");
            assertThat(record.line()).isEqualTo(2);
            ClientDetails details = record.details();
            assertThat(details.firstName()).isEqualTo("José");
            assertThat(details.lastName()).isEqualTo("Muñoz");
            assertThat(details.raceAndEthnicity())
                    .containsExactlyInAnyOrder(RaceAndEthnicity.HISPANIC_LATINAEO, RaceAndEthnicity.WHITE);
            // FY2026 has no gender columns, and Sex is never taken for gender.
            assertThat(details.gender()).containsExactly(Gender.DATA_NOT_COLLECTED);
            assertThat(record.notes()).isEmpty();
        });
        assertThat(notes.toString()).contains("read 1 rows, 0 skipped");
    }

    @Test
    void padsAnSsnOfEightDigitsWithTheLeadingZeroItLost() throws RejectedRow {
        List<String> header = List.of("PersonalID", "SSN", "SSNDataQuality");

        SourceRecord record = FORMAT.mapper(header).map(2, List.of("1", "12345678", "1"));

        assertThat(record.details().ssn()).isEqualTo("012345678");
        assertThat(record.details().ssnQuality()).isEqualTo(SsnDataQuality.FULL);
        assertThat(record.notes()).containsExactly("SSN of 8 digits: a leading zero was lost; padded to 9 digits");
        assertThat(FORMAT.mapper(header).map(3, List.of("2", "1234567", "2")).details().ssn()).isEqualTo("1234567");
    }

    private static List<String> row(List<String> header, Map<String, String> values) {
        return header.stream().map(column -> values.getOrDefault(column, "")).toList();
    }
}
