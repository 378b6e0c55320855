// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.DetectDuplicates;
import org.caseload.clients.RegisterClient;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchThresholds;
import org.caseload.linkage.ProgressListener;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duplicates --format hmis|febrl --input FILE --output FILE [--threshold X]}: registers
 * every row of the input on an in-memory runtime, runs bulk duplicate detection over all of them,
 * and writes the probable pairs as CSV ({@code id_a,id_b,score,fields}, ids as in the input).
 *
 * <p>Standard error gets the progress, a line for every row skipped or changed (by line number,
 * naming columns, never values), and a summary.
 */
@Command(name = "duplicates", sortOptions = false,
        description = "Find the records of one person in an HMIS or FEBRL file.")
final class DuplicatesCommand implements Callable<Integer> {

    /** The organization every input row is registered in. */
    static final String ORGANIZATION = "import";
    private static final Principal OPERATOR = new Principal("caseload-cli", "Command line", ORGANIZATION,
            Set.of(), Set.of(Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.SYSTEM_ADMIN.key()),
            Locale.ROOT);
    private static final int PROGRESS_STEPS = 10;

    @Option(names = "--format", required = true, paramLabel = "hmis|febrl",
            converter = OptionValues.FormatConverter.class, completionCandidates = OptionValues.FormatNames.class,
            description = {"hmis: a HUD HMIS Client.csv (FY2024 columns, found by name)",
                    "febrl: a FEBRL data set (rec_id, given_name, surname, ...)"})
    ClientFileFormat format;

    @Option(names = "--input", required = true, paramLabel = "FILE", converter = OptionValues.ExistingFile.class,
            description = "The file to read, UTF-8.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The CSV to write: id_a,id_b,score,fields, one probable pair per row.")
    Path output;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.5",
            converter = OptionValues.ThresholdConverter.class,
            description = "The match probability from which a pair is probable, in (0, 1]; "
                    + "default ${DEFAULT-VALUE} (even odds).")
    MatchThresholds thresholds;

    @Spec
    CommandSpec spec;

    private PrintWriter err;

    /** Runs the command; returns the exit code. */
    @Override
    public Integer call() {
        err = spec.commandLine().getErr();
        List<SourceRecord> records;
        try {
            records = read(format, input);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot read " + input + ": " + describe(e), e);
        }
        MatchEngine engine = MatchEngine.builder().thresholds(thresholds).build();
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(() -> Optional.of(OPERATOR)).matchEngine(engine).build()) {
            Map<String, SourceRecord> byClientId = register(caseload, records);
            List<Pair> pairs = new ArrayList<>();
            DetectionSummary summary = caseload.duplicates().detect(
                    new DetectDuplicates(true, MatchClassification.PROBABLE, progress("detecting duplicates"), null),
                    pair -> pairs.add(Pair.of(pair, byClientId)));
            try {
                write(output, pairs);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + output + ": " + describe(e), e);
            }
            err.printf(Locale.ROOT, "%d clients, %d candidate pairs compared, %d probable pairs written to %s%n",
                    summary.subjects(), summary.candidatePairs(), pairs.size(), output);
            return ExitCode.OK;
        }
    }

    /** Every row of the file that can become a client; rows that cannot are reported and counted. */
    private List<SourceRecord> read(ClientFileFormat format, Path input) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int skipped = 0;
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                CsvRows rows = new CsvRows(reader)) {
            CsvRows.Row header = rows.next();
            if (header == null || header.malformed()) {
                throw new IllegalArgumentException("the first line is not a header of column names");
            }
            ClientFileFormat.RowMapper mapper = format.mapper(header.values());
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.values().size() == 1 && row.values().get(0).isBlank()) {
                    continue;
                }
                try {
                    if (row.malformed()) {
                        throw new RejectedRow(row.problem());
                    }
                    SourceRecord record = mapper.map(row.line(), row.values());
                    if (!ids.add(record.sourceId())) {
                        throw new RejectedRow("its id repeats an earlier row's");
                    }
                    record.notes().forEach(note -> err.println("line " + record.line() + ": " + note));
                    records.add(record);
                } catch (RejectedRow e) {
                    err.println("line " + row.line() + ": " + e.getMessage() + "; skipped");
                    skipped++;
                }
            }
        }
        err.printf(Locale.ROOT, "read %d rows, %d skipped%n", records.size() + skipped, skipped);
        return records;
    }

    /**
     * Registers every record, confirming past the intake check (the point is to find the
     * duplicates, not to stop at them). A value the client record refuses (an SSN that could not
     * have been issued, a date of birth before 1900 or in the future) is dropped and the record
     * registered without it; a record refused for anything else is reported and skipped.
     */
    private Map<String, SourceRecord> register(Caseload caseload, List<SourceRecord> records) {
        Map<String, SourceRecord> byClientId = new HashMap<>();
        ProgressListener progress = progress("registering clients");
        int skipped = 0;
        for (SourceRecord record : records) {
            Client client = register(caseload, record);
            if (client == null) {
                skipped++;
            } else {
                byClientId.put(client.id(), record);
            }
            progress.onProgress(byClientId.size() + skipped, records.size());
        }
        err.printf(Locale.ROOT, "registered %d clients; refused by the client record and skipped: %d%n",
                byClientId.size(), skipped);
        return byClientId;
    }

    private Client register(Caseload caseload, SourceRecord record) {
        try {
            return register(caseload, record.details());
        } catch (ValidationException refused) {
            Set<String> paths = refused.violations().stream().map(Violation::path).collect(Collectors.toSet());
            ClientDetails repaired = withoutRefused(record.details(), paths);
            if (repaired == null) {
                reportRefused(record, refused);
                return null;
            }
            paths.stream().sorted().forEach(path -> err.println("line " + record.line() + ": " + path
                    + " refused by the client record: registered without it"));
            try {
                return register(caseload, repaired);
            } catch (ValidationException stillRefused) {
                reportRefused(record, stillRefused);
                return null;
            }
        }
    }

    private static Client register(Caseload caseload, ClientDetails details) {
        return caseload.clients().register(new RegisterClient(details, List.of()).confirmingDuplicates());
    }

    private void reportRefused(SourceRecord record, ValidationException refused) {
        err.println("line " + record.line() + ": refused by the client record ("
                + refused.violations().stream().map(v -> v.path() + " " + v.messageKey()).sorted()
                        .collect(Collectors.joining(", "))
                + "); skipped");
    }

    /** The details without the refused SSN and date of birth; null when something else was refused. */
    private static ClientDetails withoutRefused(ClientDetails details, Set<String> paths) {
        ClientDetails repaired = details;
        for (String path : paths) {
            switch (path) {
                case "details.ssn" -> repaired = repaired.withSsn(null, SsnDataQuality.DATA_NOT_COLLECTED);
                case "details.dateOfBirth" ->
                        repaired = repaired.withDateOfBirth(null, DobDataQuality.DATA_NOT_COLLECTED);
                default -> {
                    return null;
                }
            }
        }
        return repaired;
    }

    /** A listener printing a line at every tenth of the way and at the end. */
    private ProgressListener progress(String what) {
        long[] printedStep = {-1};
        return (done, total) -> {
            long step = total == 0 ? PROGRESS_STEPS : done * PROGRESS_STEPS / total;
            if (step > printedStep[0]) {
                printedStep[0] = step;
                err.printf(Locale.ROOT, "%s: %d of %d (%d%%)%n", what, done, total, step * 100 / PROGRESS_STEPS);
            }
        };
    }

    private static void write(Path output, List<Pair> pairs) throws IOException {
        pairs.sort(Comparator.comparingInt(Pair::lineA).thenComparingInt(Pair::lineB));
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            writer.write("id_a,id_b,score,fields\r\n");
            for (Pair pair : pairs) {
                writer.write(CsvRows.field(pair.idA()) + ',' + CsvRows.field(pair.idB()) + ','
                        + String.format(Locale.ROOT, "%.2f", pair.score()) + ',' + CsvRows.field(pair.fields())
                        + "\r\n");
            }
        }
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A probable pair in the input's terms: the earlier row first. */
    private record Pair(int lineA, String idA, int lineB, String idB, double score, String fields) {

        static Pair of(ScoredPair pair, Map<String, SourceRecord> byClientId) {
            SourceRecord a = byClientId.get(pair.idA());
            SourceRecord b = byClientId.get(pair.idB());
            if (a.line() > b.line()) {
                SourceRecord earlier = b;
                b = a;
                a = earlier;
            }
            return new Pair(a.line(), a.sourceId(), b.line(), b.sourceId(), pair.score(), fields(pair));
        }

        private static String fields(ScoredPair pair) {
            return pair.fields().stream()
                    .map(field -> field.field().name().toLowerCase(Locale.ROOT) + '='
                            + field.agreement().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(";"));
        }
    }
}
