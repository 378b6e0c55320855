// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseload hmis check} end to end, on the HMIS module's test exports. */
class HmisCommandTest {

    /** The hand-made exports of caseload-hmis's tests, beside this module. */
    private static final Path EXPORTS = Path.of("").toAbsolutePath().resolveSibling("hmis")
            .resolve("src/test/resources/exports");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCleanExportPrintsNoFindingsAndExitsWithZero() {
        int exit = run("hmis", "check", "--input", EXPORTS.resolve("fy2024").toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("no findings" + System.lineSeparator());
        assertThat(stderr()).contains("(FY2024): 0 errors, 0 warnings").doesNotContain("\r");
    }

    @Test
    void aBrokenExportPrintsATableOfFindingsAndExitsWithOne() {
        int exit = run("hmis", "check", "--input", EXPORTS.resolve("fy2026-broken").toString());

        assertThat(exit).isEqualTo(1);
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("SEVERITY  FILE").contains("LINE").contains("COLUMN").contains("RECORD")
                .endsWith("REASON");
        assertThat(lines).hasSize(21);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("WARNING").contains("Client.csv")
                .contains("SSN").contains("C3").contains("leading zero"));
        assertThat(stdout()).doesNotContain("García").doesNotContain("34567891").doesNotContain("2025-12-01");
        assertThat(stderr()).contains("(FY2026): 17 errors, 3 warnings");
    }

    @Test
    void printsTheFindingsAsCsvOrJson() throws IOException {
        String input = EXPORTS.resolve("fy2026-broken").toString();
        assertThat(run("hmis", "check", "--input", input, "--format", "csv")).isEqualTo(1);
        List<String> csv = stdout().lines().toList();
        assertThat(csv.get(0)).isEqualTo("severity,file,line,column,record,reason");
        assertThat(csv).contains("ERROR,YouthEducationStatus.csv,0,,,"
                + "\"the file is missing: an export holds all 24 files, even empty ones\"");
        assertThat(csv).hasSize(21);

        out.reset();
        assertThat(run("hmis", "check", "--input", input, "--format", "json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("version").asText()).isEqualTo("FY2026");
        assertThat(json.get("errors").asInt()).isEqualTo(17);
        assertThat(json.get("findings")).hasSize(20);
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo("Organization.csv");
    }

    @Test
    void aMissingFolderOrAnUnknownFormatIsAUsageError() {
        assertThat(run("hmis", "check", "--input", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no such folder");
        assertThat(run("hmis", "check", "--input", temp.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("hmis")).isEqualTo(2);
        assertThat(stderr()).contains("a subcommand is needed: check");
    }

    @Test
    void aFolderWithoutAVersionIsOneErrorFinding() {
        assertThat(run("hmis", "check", "--input", temp.toString())).isEqualTo(1);
        assertThat(stdout()).contains("Export.csv").contains("cannot be told");
    }

    private int run(String... args) {
        return CaseloadCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
