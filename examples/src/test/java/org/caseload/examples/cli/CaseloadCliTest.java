// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

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
        assertThat(stderr()).contains("read 1000 rows, 0 skipped").contains("probable pairs written to")
                .contains("summary: 1,000 records, ").contains(" pairs kept, ").contains(" clusters of two or more")
                // Standard error is no terminal here: no progress bar redrawn in place.
                .doesNotContain("\r").doesNotContain("detecting [");
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
                // The HMIS reader takes a quote inside an unquoted field as a character: the row is
                // still refused, for its number of fields.
                .contains("line 3: 3 fields where the header has 46; skipped")
                .contains("line 4: PersonalID is empty; skipped")
                .contains("line 5: 4 fields where the header has 46; skipped")
                .contains("line 6: its id repeats an earlier row's; skipped")
                .contains("line 8: details.dateOfBirth refused by the client record: compared without it")
                .contains("line 9: refused by the client record (details.firstName caseload.text.tooLong); skipped")
                .contains("read 8 rows, 4 skipped")
                .contains("compared 3 clients; refused by the client record and skipped: 1")
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
    void writesTheSamePairsAsTheHandParsedCommandLineDidOnASmallFile() throws IOException, URISyntaxException {
        Path input = resource("small-client.csv");
        Path pairs = folder.resolve("pairs.csv");
        Path loose = folder.resolve("loose.csv");

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString()))
                .as(stderr()).isZero();
        assertThat(run("duplicates", "--format=hmis", "--input=" + input, "--output=" + loose, "--threshold=0.05"))
                .as(stderr()).isZero();

        // Recorded when files under 500 records came to be scored with the standard weights
        // (docs/decisions/0103-prior-over-all-pairs-by-em.md): the pairs found before, and Jonathan
        // Smith / Jon Smyth and Elena Petrova / Helen Petrov, both with one SSN and date of birth.
        assertThat(Files.readAllLines(pairs)).isEqualTo(Files.readAllLines(resource("small-pairs.csv")));
        assertThat(Files.readAllLines(loose)).isEqualTo(Files.readAllLines(resource("small-pairs-threshold-0.05.csv")));
    }

    @Test
    void answersWrongArgumentsWithWhatIsWrongThenTheUsageOnStandardErrorAndExitCode2() throws IOException {
        String input = write("Client.csv", HEADER).toString();
        Map<List<String>, String> wrong = new LinkedHashMap<>();
        wrong.put(List.of(), "caseload: a command is needed");
        wrong.put(List.of("dedupe"), "caseload: unknown command: 'dedupe'");
        wrong.put(List.of("--limit"), "caseload: Unknown option: '--limit'");
        wrong.put(List.of("help", "dedupe"), "caseload: Unknown subcommand 'dedupe'.");
        wrong.put(List.of("duplicates", "--format", "hmis", "--input", input),
                "caseload duplicates: Missing required option: '--output=FILE'");
        wrong.put(List.of("duplicates", "--format", "csv", "--input", input, "--output", "y"),
                "caseload duplicates: Invalid value for option '--format': expected hmis or febrl, was 'csv'");
        wrong.put(List.of("duplicates", "--format", "hmis", "--input", input, "--output", "y", "--limit", "3"),
                "caseload duplicates: Unknown options: '--limit', '3'");
        wrong.put(List.of("duplicates", "--format", "hmis", "--format", "febrl", "--input", input, "--output", "y"),
                "caseload duplicates: option '--format' (hmis|febrl) should be specified only once");
        wrong.put(List.of("duplicates", "--input"),
                "caseload duplicates: Missing required parameter for option '--input' (FILE)");
        wrong.put(List.of("duplicates", "--format", "hmis", "--input", folder.resolve("missing.csv").toString(),
                "--output", "y"), "caseload duplicates: Invalid value for option '--input': no such file: '"
                        + folder.resolve("missing.csv") + "'");
        wrong.put(List.of("duplicates", "--format", "hmis", "--input", folder.toString(), "--output", "y"),
                "caseload duplicates: Invalid value for option '--input': '" + folder + "' is a directory, not a file");

        wrong.forEach((args, message) -> {
            out.reset();
            err.reset();
            assertThat(run(args.toArray(String[]::new))).as(args.toString()).isEqualTo(2);
            assertThat(stderr()).as(args.toString()).startsWith(message + System.lineSeparator())
                    .contains("Usage: " + message.substring(0, message.indexOf(':')) + " ");
            assertThat(out.toString(StandardCharsets.UTF_8)).as(args.toString()).isEmpty();
        });
        assertThat(Path.of("y")).doesNotExist();
    }

    @Test
    void refusesAThresholdOutsideZeroToOneNamingTheValue() throws IOException {
        String input = write("Client.csv", HEADER).toString();
        Map<String, String> problems = Map.of(
                "0", "must be in (0, 1], was '0'",
                "1.5", "must be in (0, 1], was '1.5'",
                "-1", "must be in (0, 1], was '-1'",
                "NaN", "must be in (0, 1], was 'NaN'",
                "half", "expected a number in (0, 1], was 'half'");

        problems.forEach((threshold, problem) -> {
            err.reset();
            assertThat(run("duplicates", "--format", "hmis", "--input", input, "--output", "y", "--threshold",
                    threshold)).isEqualTo(2);
            assertThat(stderr()).startsWith("caseload duplicates: Invalid value for option '--threshold': " + problem
                    + System.lineSeparator()).contains("Usage: caseload duplicates");
        });
    }

    @Test
    void helpListsEverySubcommandWithItsOneLineDescription() {
        Map<String, CommandLine> subcommands = CaseloadCli.commandLine(System.out, System.err).getSubcommands();
        assertThat(subcommands).containsKeys("duplicates", "completion", "help");

        assertThat(run("help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(help);

        assertThat(help).startsWith("Usage: caseload [-hv] COMMAND").contains("Exit codes:");
        int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElseThrow();
        subcommands.forEach((name, subcommand) -> {
            // picocli lists a command by its header, else by the first line of its description.
            UsageMessageSpec usage = subcommand.getCommandSpec().usageMessage();
            String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
            assertThat(summary).as(name).isNotEmpty();
            assertThat(summary[0]).as(name).isNotBlank();
            String line = String.format(Locale.ROOT, "  %-" + nameWidth + "s  %s", name, summary[0]);
            assertThat(help).as(name).contains(line + System.lineSeparator());
        });
    }

    @Test
    void printsTheUsageOfEverySubcommandOnHelpAndOnItsHelpOption() {
        Map<String, CommandLine> subcommands = CaseloadCli.commandLine(System.out, System.err).getSubcommands();
        for (String name : subcommands.keySet()) {
            out.reset();
            assertThat(run("help", name)).as(name).isZero();
            String usage = out.toString(StandardCharsets.UTF_8);
            assertThat(usage).as(name).contains("Usage: caseload " + name + " ");
            out.reset();
            assertThat(run(name, "--help")).as(name).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(name).isEqualTo(usage);
        }
        out.reset();
        run("help", "duplicates");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format=hmis|febrl").contains("--input=FILE")
                .contains("--output=FILE").contains("--threshold=X").contains("default 0.5").contains("--verbose");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void printsABashCompletionScriptForEverySubcommandAndTheFormats() {
        assertThat(run("completion")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_caseload").contains("duplicates").contains("completion")
                .contains("(\"hmis\" \"febrl\")").endsWith(System.lineSeparator());
    }

    @Test
    void exitsWith1AndOneLineWhenTheInputCannotBeUsedAndPrintsTheStackTraceOnlyWhenVerbose() throws IOException {
        Path febrl = write("dataset.csv", "rec_id, given_name, surname", "rec-1-org, ann, lee");
        Path output = folder.resolve("pairs.csv");
        String failure = "caseload duplicates: cannot read " + febrl
                + ": the header has no PersonalID column: not an HMIS Client.csv";

        assertThat(run("duplicates", "--format", "hmis", "--input", febrl.toString(), "--output", output.toString()))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(failure + System.lineSeparator());

        err.reset();
        assertThat(run("duplicates", "--verbose", "--format", "hmis", "--input", febrl.toString(), "--output",
                output.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith(failure + System.lineSeparator())
                .contains("CommandFailure: cannot read").contains("\tat org.caseload.examples.cli.DuplicatesCommand");
        assertThat(output).doesNotExist();
    }

    @Test
    void writesEveryRowsClusterWithThePairsColumnsUnchanged() throws IOException {
        Path input = write("Client.csv", HEADER,
                hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"),
                hmisRow("2", "Samuel", "Okafor", "", "1975-11-30"),
                hmisRow("3", "Maria", "Garcia", "123456789", "1980-03-04"),
                hmisRow("4", "Maria", "Garcia", "123456789", "1980-03-04"));
        Path pairs = folder.resolve("pairs.csv");
        Path clusters = folder.resolve("clusters.csv");

        int exit = run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString(),
                "--clusters", clusters.toString(), "--threads", "2");

        assertThat(exit).as(stderr()).isZero();
        assertThat(Files.readAllLines(pairs).get(0)).isEqualTo("id_a,id_b,score,fields");
        assertThat(Files.readAllLines(pairs)).hasSize(4);
        assertThat(Files.readAllLines(clusters)).containsExactly("id,cluster", "1,1", "2,2", "3,1", "4,1");
        assertThat(stderr()).contains("summary: 4 records, ").contains(", 3 pairs kept, 1 clusters of two or more "
                + "records (3 records in them)");
    }

    @Test
    void aThreadCountOutOfRangeIsAnArgumentError() throws IOException {
        Path input = write("Client.csv", HEADER, hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"));

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output",
                folder.resolve("p.csv").toString(), "--threads", "-1")).isEqualTo(2);
        assertThat(stderr()).contains("Invalid value for option '--threads': must be from 0");
    }

    @Test
    void aFebrlFileThatIsNotUtf8IsRefusedInOneClearLine() throws IOException {
        Path input = folder.resolve("latin1.csv");
        Files.write(input, ("rec_id,given_name,surname\nrec-1-org,Jos\u00e9,Garc\u00eda\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("duplicates", "--format", "febrl", "--input", input.toString(), "--output",
                folder.resolve("p.csv").toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("caseload duplicates: cannot read " + input + ": not UTF-8 text")
                .contains("save the file as UTF-8");
    }

    @Test
    void anHmisFileThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        Path input = folder.resolve("Client.csv");
        Files.write(input, (HEADER + "\n" + hmisRow("1", "Jos\u00e9", "Garc\u00eda", "", "1980-03-04") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output",
                folder.resolve("p.csv").toString())).as(stderr()).isZero();
        assertThat(stderr()).contains("read 1 rows, 0 skipped").contains("compared 1 clients");
    }

    @Test
    void exitsWith1WhenTheOutputCannotBeWritten() throws IOException {
        Path input = write("Client.csv", HEADER, hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"));
        Path output = folder.resolve("no-such-folder").resolve("pairs.csv");

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", output.toString()))
                .isEqualTo(1);
        assertThat(stderr()).endsWith("caseload duplicates: cannot write " + output + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void exportsTheFittedModelForSplinkAndThePreparedRecordsItsSqlReads() throws IOException {
        Path input = write("Client.csv", generatedRows(600));
        Path model = folder.resolve("model");
        Path prepared = folder.resolve("prepared.csv");

        int exit = run("duplicates", "--format", "hmis", "--input", input.toString(), "--output",
                folder.resolve("pairs.csv").toString(), "--export-model", model.toString(), "--export-prepared",
                prepared.toString());

        assertThat(exit).as(stderr()).isZero();
        List<String> rows = Files.readAllLines(prepared);
        List<String> header = List.of(rows.get(0).split(","));
        assertThat(header.get(0)).isEqualTo("unique_id");
        assertThat(rows).hasSize(1 + 600 + 100);
        assertThat(rows.get(1)).startsWith("1,");
        com.fasterxml.jackson.databind.JsonNode settings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(model.resolve(SplinkFiles.SETTINGS).toFile());
        assertThat(SplinkSettingsCheck.problems(settings, new java.util.HashSet<>(header))).isEmpty();
        assertThat(settings.get("comparisons")).hasSize(8);
        assertThat(SplinkSettingsCheck.levelColumns(settings.at("/comparisons/0/comparison_levels/2/sql_condition")
                .asText())).contains("first", "dm_first", "first_nicknames", "last", "aliases");
        double prior = settings.get("probability_two_random_records_match").asDouble();
        assertThat(prior).isGreaterThan(0).isLessThan(0.01);
        assertThat(Files.readAllLines(model.resolve("tf_first.csv")).get(0)).isEqualTo("first,tf_first");
        assertThat(Files.readAllLines(model.resolve("tf_last.csv"))).first().isEqualTo("last,tf_last");
        assertThat(Files.readString(model.resolve("tf_last.csv"))).contains("\r\ngarcia,0.");
        // No SSN in clear: the SSN columns are keyed digests, and no other column holds a number
        // (the digests are random hex, which may hold any run of digits).
        int ssnKey = header.indexOf("ssn_key");
        int ssn4Key = header.indexOf("ssn4_key");
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",", -1);
            assertThat(fields[ssnKey]).matches("|[0-9a-f]{32}");
            assertThat(fields[ssn4Key]).matches("|[0-9a-f]{32}");
            fields[ssnKey] = "";
            fields[ssn4Key] = "";
            assertThat(String.join(",", fields)).doesNotContain("12345").doesNotContain("-");
        }
        assertThat(stderr()).contains("Splink model written to " + model)
                .contains("prepared records written to " + prepared).doesNotContain("Garcia");
    }

    @Test
    void aSmallFileExportsTheStandardModelWithoutTermFrequencies() throws IOException {
        Path input = write("Client.csv", HEADER, hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"),
                hmisRow("2", "Maria", "Garcia", "123456789", "1980-03-04"));
        Path model = folder.resolve("model");

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output",
                folder.resolve("pairs.csv").toString(), "--export-model", model.toString())).as(stderr()).isZero();

        assertThat(model.resolve(SplinkFiles.SETTINGS)).isRegularFile();
        assertThat(model.resolve("tf_first.csv")).doesNotExist();
        assertThat(Files.readString(model.resolve(SplinkFiles.SETTINGS))).doesNotContain("tf_adjustment_column");
        assertThat(stderr()).contains("no term-frequency tables: scored with the standard weights");
    }

    @Test
    void anExportToAFileAsModelDirectoryOrToADirectoryAsPreparedFileIsAnArgumentError() throws IOException {
        Path input = write("Client.csv", HEADER, hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"));
        Path pairs = folder.resolve("pairs.csv");

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString(),
                "--export-model", input.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("caseload duplicates: Invalid value for option '--export-model': '" + input
                + "' is a file, not a directory");
        err.reset();
        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output", pairs.toString(),
                "--export-prepared", folder.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("caseload duplicates: Invalid value for option '--export-prepared': '"
                + folder + "' is a directory, not a file");
        assertThat(pairs).doesNotExist();
    }

    @Test
    void aModelDirectoryThatCannotBeCreatedFailsNamingIt() throws IOException {
        Path input = write("Client.csv", HEADER, hmisRow("1", "Maria", "Garcia", "123456789", "1980-03-04"));
        Path model = input.resolve("model");

        assertThat(run("duplicates", "--format", "hmis", "--input", input.toString(), "--output",
                folder.resolve("pairs.csv").toString(), "--export-model", model.toString())).isEqualTo(1);
        assertThat(stderr()).contains("caseload duplicates: cannot write " + model + ": ");
    }

    /** A header and this many people with common names, every sixth entered again with a typo in the surname. */
    private static String[] generatedRows(int people) {
        String[] first = {"Maria", "James", "John", "Linda", "David", "Susan", "Amir", "Chen", "Olga", "Kofi"};
        String[] last = {"Garcia", "Smith", "Okafor", "Nguyen", "Kowalski", "Haddad", "Petrov", "Osei", "Lee"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        List<String> rows = new ArrayList<>(List.of(HEADER));
        List<String> again = new ArrayList<>();
        for (int p = 1; p <= people; p++) {
            String given = first[random.nextInt(first.length)];
            String surname = last[random.nextInt(last.length)] + (random.nextInt(4) == 0 ? "-Lopez" : "");
            String ssn = random.nextBoolean() ? String.format(Locale.ROOT, "%03d%02d%04d", 100 + random.nextInt(500),
                    10 + random.nextInt(89), 1000 + random.nextInt(8999)) : "";
            String born = java.time.LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12),
                    1 + random.nextInt(28)).toString();
            rows.add(hmisRow(Integer.toString(p), given, surname, ssn, born));
            if (p % 6 == 0) {
                again.add(hmisRow("x" + p, given, surname.substring(0, surname.length() - 1), ssn, born));
            }
        }
        rows.addAll(again);
        return rows.toArray(String[]::new);
    }

    private int run(String... args) {
        return CaseloadCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CaseloadCliTest.class.getResource("/cli/" + name).toURI());
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
