// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseload duplicates} end to end: files in, pairs out, problems on standard error. */
class CaseloadCliTest {

    /** FEBRL's own data sets, beside the repository (see docs/benchmarks.md). */
    private static final Path FEBRL = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
            .resolve("data/febrl");
    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");
    private static final String HEADER = String.join(",", HmisClientFormat.FY2024_COLUMNS);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void findsTheDuplicatesOfFebrlDataset1AsWellAsTheBenchmarksSay() throws IOException {
        Path dataset = FEBRL.resolve("dataset1.csv");
        if (!Files.isRegularFile(dataset)) {
            System.err.println("SKIPPED: FEBRL dataset1 not found at " + dataset);
        }
        Assumptions.assumeTrue(Files.isRegularFile(dataset), "FEBRL dataset1 not found at " + dataset);
        Path pairs = folder.resolve("pairs.csv");

        int exit = run("duplicates", "--format", "febrl", "--input", dataset.toString(), "--output", pairs.toString());

        assertThat(exit).as(stderr()).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).isEqualTo("id_a,id_b,score,fields");
        long truePositives = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            assertThat(fields).hasSize(4);
            assertThat(fields[3]).startsWith("first_name=").contains(";last_name=").contains(";identifier=");
            truePositives += person(fields[0]).equals(person(fields[1])) ? 1 : 0;
        }
        long reported = lines.size() - 1;
        double precision = truePositives / (double) reported;
        double recall = truePositives / 500.0;
        // docs/benchmarks.md: precision 1.000, recall 0.992, F1 0.996 on dataset1 (500 true pairs).
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
        assertThat(2 * precision * recall / (precision + recall)).isGreaterThanOrEqualTo(0.99);
        assertThat(stderr()).contains("read 1000 rows, 0 skipped").contains("detecting duplicates: ")
                .contains("probable pairs written to");
    }

    @Test
    void readsHmisColumnsByNameAndWritesTheInputsIds() throws IOException {
        Path input = write("Client.csv",
                "DOB,LastName,PersonalID,FirstName,SSN,SSNDataQuality,NameDataQuality,DOBDataQuality",
                "1980-03-04,Garcia,\"A,1\",Maria,123456789,1,1,1",
                "1980-04-03,Garcia,B2,Mary,123456789,1,1,1",
                "1975-11-30,Okafor,C3,Samuel,,99,1,1");
        Path pairs = folder.resolve("pairs.csv");

        int exit = run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString());

        assertThat(exit).as(stderr()).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"A,1\",B2,");
        assertThat(lines.get(1)).contains("first_name=partial;").contains("last_name=agree;")
                .contains("date_of_birth=partial;").contains("ssn=agree;");
        assertThat(Files.readString(pairs)).contains("\r\n");
    }

    @Test
    void reportsEveryMalformedRowByLineNumberSkipsItAndGoesOn() throws IOException {
        Path input = write("Client.csv", HEADER,
                hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"),
                "2,Bro\"ken,x",
                hmisRow("", "No", "Identifier", "", "1990-01-01"),
                "4,too,few,fields",
                hmisRow("1", "Repeated", "Id", "", "1990-01-01"),
                hmisRow("6", "Maria", "Garcia", "123456789", "1980-03-04"),
                hmisRow("7", "Old", "Person", "", "1850-01-01"),
                hmisRow("8", "N".repeat(101), "Long", "", "1990-01-01"));
        Path pairs = folder.resolve("pairs.csv");

        int exit = run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(stderr())
                .contains("line 3: a quote inside an unquoted field 2; skipped")
                .contains("line 4: PersonalID is empty; skipped")
                .contains("line 5: 4 fields where the header has 46; skipped")
                .contains("line 6: its id repeats an earlier row's; skipped")
                .contains("line 8: details.dateOfBirth refused by the client record: registered without it")
                .contains("line 9: refused by the client record (details.firstName caseload.text.tooLong); skipped")
                .contains("read 8 rows, 4 skipped")
                .contains("registered 3 clients; refused by the client record and skipped: 1")
                .doesNotContain("Maria").doesNotContain("Garcia").doesNotContain("1850").doesNotContain("NNN");
        assertThat(Files.readAllLines(pairs)).hasSize(2).element(1).asString().startsWith("1,6,");
    }

    @Test
    void aStricterThresholdReportsNoMorePairs() throws IOException {
        Path input = write("Client.csv", HEADER,
                hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"),
                hmisRow("2", "Maria", "Garcia", "", "1980-03-04"),
                hmisRow("3", "Mary", "Garcia", "", "1980-03-04"));
        Path loose = folder.resolve("loose.csv");
        Path strict = folder.resolve("strict.csv");

        assertThat(run("duplicates", "--format=hmis", "--input=" + input, "--output=" + loose, "--threshold=0.05"))
                .isZero();
        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", strict.toString(),
                "--threshold", "1")).isZero();

        assertThat(Files.readAllLines(strict).size()).isLessThanOrEqualTo(Files.readAllLines(loose).size());
        assertThat(Files.readAllLines(loose).size()).isGreaterThan(1);
    }

    @Test
    void answersWrongArgumentsWithTheUsageAndExitCode2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("dedupe")).isEqualTo(2);
        assertThat(stderr()).contains("unknown subcommand: dedupe").contains("usage: caseload SUBCOMMAND");
        assertThat(run("duplicates", "--format", "hmis", "--input", "x.csv")).isEqualTo(2);
        assertThat(stderr()).contains("--output is required");
        assertThat(run("duplicates", "--format", "csv", "--input", "x", "--output", "y")).isEqualTo(2);
        assertThat(stderr()).contains("--format must be hmis or febrl, was csv");
        for (String threshold : List.of("0", "1.5", "-1", "NaN", "half")) {
            err.reset();
            assertThat(run("duplicates", "--format", "hmis", "--input", "x", "--output", "y", "--threshold",
                    threshold)).isEqualTo(2);
            assertThat(stderr()).contains("--threshold must be").contains("usage: caseload duplicates");
        }
        assertThat(run("duplicates", "--format", "hmis", "--input", "x", "--output", "y", "--limit", "3")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option: --limit");
        assertThat(run("duplicates", "--format", "hmis", "--format", "febrl")).isEqualTo(2);
        assertThat(stderr()).contains("--format is given twice");
        assertThat(run("duplicates", "--input")).isEqualTo(2);
        assertThat(stderr()).contains("--input needs a value");
    }

    @Test
    void printsHelpOnRequest() {
        assertThat(run("help")).isZero();
        assertThat(run("duplicates", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("subcommands:").contains("--threshold");
    }

    @Test
    void exitsWith1WhenTheInputCannotBeUsed() throws IOException {
        Path output = folder.resolve("pairs.csv");

        assertThat(run("duplicates", "--format", "hmis", "--input", folder.resolve("missing.csv").toString(),
                "--output", output.toString())).isEqualTo(1);
        assertThat(stderr()).contains("cannot read").contains("no such file");

        Path febrl = write("dataset.csv", "rec_id, given_name, surname", "rec-1-org, ann, lee");
        assertThat(run("duplicates", "--format", "hmis", "--input", febrl.toString(), "--output", output.toString()))
                .isEqualTo(1);
        assertThat(stderr()).contains("the header has no PersonalID column: not an HMIS Client.csv");
        assertThat(output).doesNotExist();
    }

    private int run(String... args) {
        return CaseloadCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    /** A FY2024 row with these values, full qualities where a value is given, everything else empty. */
    private static String hmisRow(String id, String first, String last, String ssn, String dateOfBirth) {
        Map<String, String> values = new HashMap<>(Map.of("PersonalID", id, "FirstName", first, "LastName", last,
                "NameDataQuality", "1", "SSN", ssn, "SSNDataQuality", ssn.isEmpty() ? "99" : "1",
                "DOB", dateOfBirth, "DOBDataQuality", "1"));
        List<String> row = new ArrayList<>();
        HmisClientFormat.FY2024_COLUMNS.forEach(column -> row.add(values.getOrDefault(column, "")));
        return String.join(",", row);
    }

    private static String person(String febrlId) {
        Matcher matcher = FEBRL_ID.matcher(febrlId);
        assertThat(matcher.matches()).as(febrlId).isTrue();
        return matcher.group(1);
    }
}
