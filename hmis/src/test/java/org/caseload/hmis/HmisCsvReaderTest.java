// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading real files: encodings, quoting, header case, versions. */
class HmisCsvReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        byte[] text = "PersonalID,FirstName\r\nC1,José\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = folder.resolve("Client.csv");
        Files.write(file, withBom);
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.header()).containsExactly("PersonalID", "FirstName");
            HmisCsvRow row = reader.next();
            assertThat(row.get("personalid")).isEqualTo("C1");
            assertThat(row.get("FirstName")).isEqualTo("José");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void readsUtf8WithoutAByteOrderMark() throws IOException {
        Path file = write("Client.csv", "PersonalID,FirstName\nC1,José\n", StandardCharsets.UTF_8);
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.next().get("FirstName")).isEqualTo("José");
        }
    }

    @Test
    void readsWindows1252WhenTheFileIsNotUtf8() throws IOException {
        Path file = write("Client.csv", "PersonalID,FirstName,LastName\r\nC1,José,Muñoz – Peña\r\n",
                Charset.forName("windows-1252"));
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            assertThat(reader.charset().name()).isEqualTo("windows-1252");
            HmisCsvRow row = reader.next();
            assertThat(row.get("FirstName")).isEqualTo("José");
            assertThat(row.get("LastName")).isEqualTo("Muñoz – Peña");
        }
    }

    @Test
    void readsRfc4180QuotingAndTellsTheLineEachRowStartsOn() throws IOException {
        Path file = write("AssessmentQuestions.csv", "ID,Answer,Other\r\n"
                + "A1,\"one, two\",x\r\n"
                + "A2,\"she said \"\"no\"\"\",y\r\n"
                + "A3,\"first line\r\nsecond line\",z\r\n"
                + "\r\n"
                + "A4,,\r\n", StandardCharsets.UTF_8);
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            List<HmisCsvRow> rows = new ArrayList<>();
            for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            assertThat(rows).extracting(HmisCsvRow::line).containsExactly(2L, 3L, 4L, 7L);
            assertThat(rows.get(0).get("Answer")).isEqualTo("one, two");
            assertThat(rows.get(1).get("Answer")).isEqualTo("she said \"no\"");
            assertThat(rows.get(2).get("Answer")).isEqualTo("first line\r\nsecond line");
            assertThat(rows.get(2).get("Other")).isEqualTo("z");
            assertThat(rows.get(3).get("Answer")).isNull();
            assertThat(rows.get(3).size()).isEqualTo(3);
            assertThat(rows.get(3)).hasToString("row at line 7 (3 fields)");
        }
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheFileAndLineButNoValue() throws IOException {
        Path file = write("Client.csv", "PersonalID,FirstName\nC1,Ann\nC2,\"Secret name\n", StandardCharsets.UTF_8);
        try (HmisCsvReader reader = HmisCsvReader.open(file)) {
            assertThat(reader.next().get("FirstName")).isEqualTo("Ann");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(HmisFormatException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
                assertThat(e.file()).isEqualTo("Client.csv");
                assertThat(e.line()).isGreaterThanOrEqualTo(3);
                assertThat(e.getMessage()).startsWith("Client.csv line ").contains("quot")
                        .doesNotContain("Secret");
            });
        }
    }

    @Test
    void aFileOfTheSpecificationIsOpenedWithItsHeaderInAnyLetterCase() throws IOException {
        HmisSpecification spec = HmisSpecification.of(HmisVersion.FY2026);
        List<String> columns = spec.file("Exit").orElseThrow().columnNames();
        Path file = write("Exit.csv", String.join(",", columns.stream().map(String::toUpperCase).toList()) + "\n",
                StandardCharsets.UTF_8);
        try (HmisCsvReader reader = HmisCsvReader.open(file, spec)) {
            assertThat(reader.file()).map(HmisFile::name).contains("Exit");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aHeaderOfTheOtherVersionIsAnErrorNamingTheUnknownAndMissingColumns() throws Exception {
        Path fy2024Client = export("fy2024").resolve("Client.csv");
        assertThatThrownBy(() -> HmisCsvReader.open(fy2024Client, HmisSpecification.of(HmisVersion.FY2026)))
                .isInstanceOfSatisfying(HmisFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("Client.csv");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).contains("unknown columns HispanicLatinaeo, Woman, Man")
                            .contains("missing columns Sex, HispanicLatinao")
                            .contains("(it is the header of FY2024)");
                });
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> HmisCsvReader.open(folder.resolve("Client.csv")))
                .isInstanceOfSatisfying(HmisFormatException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Client.csv: no such file"));
    }

    @Test
    void theVersionComesFromExportCsvAndElseFromTheHeaders() throws Exception {
        assertThat(HmisCsvReader.detectVersion(export("fy2024"))).isEqualTo(HmisVersion.FY2024);
        assertThat(HmisCsvReader.detectVersion(export("fy2026"))).isEqualTo(HmisVersion.FY2026);
        // Without Export.csv, Client.csv's header tells.
        for (String version : List.of("fy2024", "fy2026")) {
            Path copy = Files.createDirectories(folder.resolve(version));
            Files.copy(export(version).resolve("Client.csv"), copy.resolve("client.csv"));
            assertThat(HmisCsvReader.detectVersion(copy)).hasToString(version.toUpperCase());
        }
        Path neither = Files.createDirectories(folder.resolve("neither"));
        write("neither/Export.csv", "ExportID,CSVVersion\nE1,2022 v1.0\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HmisCsvReader.detectVersion(neither)).isInstanceOf(HmisFormatException.class)
                .hasMessageContaining("cannot be told");
    }

    @Test
    void readsEveryFileOfBothTestExportsStrictly() throws Exception {
        for (HmisVersion version : HmisVersion.values()) {
            HmisSpecification spec = HmisSpecification.of(version);
            Path export = export(version.name().toLowerCase());
            long rows = 0;
            for (HmisFile file : spec.files()) {
                try (HmisCsvReader reader = HmisCsvReader.open(export.resolve(file.fileName()), spec)) {
                    for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                        assertThat(row.size()).isEqualTo(file.columns().size());
                        assertThat(row.get(file.primaryKey())).isNotNull();
                        rows++;
                    }
                }
            }
            assertThat(rows).as(version.name()).isGreaterThan(25);
        }
    }

    static Path export(String name) throws URISyntaxException {
        return Path.of(HmisCsvReaderTest.class.getResource("/exports/" + name + "/Export.csv").toURI()).getParent();
    }

    private Path write(String name, String text, Charset charset) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
