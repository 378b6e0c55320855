// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caseload.clients.DetectDuplicates;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchThresholds;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duplicates --format hmis|febrl --input FILE --output FILE [--threshold X] [--threads N]
 * [--clusters FILE] [--export-model DIR] [--export-prepared FILE]}: runs bulk duplicate detection
 * over every row of the input as it is, nothing stored ({@code duplicates().detectAmong} on an
 * in-memory runtime that stays empty), and writes the
 * probable pairs as CSV ({@code id_a,id_b,score,fields}, ids as in the input) and, when asked,
 * each row's cluster, and the fitted model and the prepared records for Splink
 * ({@link SplinkFiles}).
 *
 * <p>Standard error gets a progress bar when it is a terminal, a line for every row skipped or
 * changed (by line number, naming columns, never values), and a summary.
 */
@Command(name = "duplicates", sortOptions = false,
        description = "Find the records of one person in an HMIS or FEBRL file.")
final class DuplicatesCommand implements Callable<Integer> {

    /** The organization every input row is registered in. */
    static final String ORGANIZATION = "import";
    private static final Principal OPERATOR = new Principal("caseload-cli", "Command line", ORGANIZATION,
            Set.of(), Set.of(Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.SYSTEM_ADMIN.key()),
            Locale.ROOT);

    @Option(names = "--format", required = true, paramLabel = "hmis|febrl",
            converter = OptionValues.FormatConverter.class, completionCandidates = OptionValues.FormatNames.class,
            description = {"hmis: a HUD HMIS Client.csv (FY2024 or FY2026 columns, found by name)",
                    "febrl: a FEBRL data set (rec_id, given_name, surname, ...)"})
    ClientFileFormat format;

    @Option(names = "--input", required = true, paramLabel = "FILE", converter = OptionValues.ExistingFile.class,
            description = "The file to read, UTF-8 (hmis: or Windows-1252, detected).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The CSV to write: id_a,id_b,score,fields, one probable pair per row.")
    Path output;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.5",
            converter = OptionValues.ThresholdConverter.class,
            description = "The match probability from which a pair is probable, in (0, 1]; "
                    + "default ${DEFAULT-VALUE} (even odds).")
    MatchThresholds thresholds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            converter = OptionValues.ThreadsConverter.class,
            description = "Threads that compare pairs; 0 (the default) for one per processor. "
                    + "The pairs written do not depend on it.")
    int threads;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Also write id,cluster: every row's id and its cluster's, the id of the cluster's "
                    + "first row (probable pairs joined transitively; a row alone is its own cluster).")
    Path clusters;

    @Option(names = "--export-model", paramLabel = "DIR", converter = OptionValues.WritableDirectory.class,
            description = {"Also write the fitted model for Splink 4 into DIR (created when missing): "
                    + SplinkFiles.SETTINGS + " and a tf_<column>.csv per column adjusted by term frequency.",
                    "See docs/duplicates.md, \"Handing off to Splink\"."})
    Path exportModel;

    @Option(names = "--export-prepared", paramLabel = "FILE", converter = OptionValues.WritableFile.class,
            description = "Also write every registered row as CSV with the derived columns the exported model's "
                    + "SQL compares (normalized names, phonetic codes, keyed SSN digests, never an SSN); "
                    + "unique_id is the input's id.")
    Path exportPrepared;

    @Spec
    CommandSpec spec;

    private PrintWriter err;

    /** Runs the command; returns the exit code. */
    @Override
    public Integer call() {
        err = spec.commandLine().getErr();
        long started = System.nanoTime();
        boolean terminal = ProgressBar.stderrIsTerminal();
        List<SourceRecord> records;
        try {
            records = new ClientFileLoader(err).read(format, input);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot read " + input + ": " + ClientFileLoader.describe(e), e);
        }
        SplinkFiles.Fitted fitted = new SplinkFiles.Fitted();
        MatchEngine engine = MatchEngine.builder().thresholds(thresholds).modelListener(fitted).build();
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(() -> Optional.of(OPERATOR)).matchEngine(engine).build()) {
            List<Pair> pairs = new ArrayList<>();
            DetectionSummary summary = new ClientFileLoader(err).detect(caseload, records,
                    MatchClassification.PROBABLE, new ProgressBar(err, "detecting", terminal, System::nanoTime),
                    threads, pair -> pairs.add(Pair.of(pair, records))).summary();
            try {
                write(output, pairs);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + output + ": " + ClientFileLoader.describe(e), e);
            }
            Clusters found = Clusters.of(records, pairs);
            if (clusters != null) {
                try {
                    found.write(clusters);
                } catch (IOException e) {
                    throw new CommandFailure("cannot write " + clusters + ": " + ClientFileLoader.describe(e), e);
                }
            }
            if (exportModel != null || exportPrepared != null) {
                SplinkFiles.write(fitted.export(engine), position -> records.get(Integer.parseInt(position)).sourceId(),
                        exportModel, exportPrepared, err);
            }
            err.printf(Locale.ROOT, "%d clients, %d candidate pairs compared, %d probable pairs written to %s%n",
                    summary.subjects(), summary.candidatePairs(), pairs.size(), output);
            err.printf(Locale.ROOT, "summary: %,d records, %,d candidate pairs, %,d pairs kept, %,d clusters of two or "
                    + "more records (%,d records in them), %,d blocking keys dropped as too common, %s%n",
                    records.size(), summary.candidatePairs(), pairs.size(), found.multiRecordClusters(),
                    found.recordsInClusters(), summary.droppedKeys(),
                    ProgressBar.duration((System.nanoTime() - started) / 1e9));
            return ExitCode.OK;
        }
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


    /** A probable pair in the input's terms: the earlier row first. */
    record Pair(int lineA, String idA, int lineB, String idB, double score, String fields) {

        /** The pair of a detection over {@code records}, which names them by position (the earlier first). */
        static Pair of(ScoredPair pair, List<SourceRecord> records) {
            SourceRecord a = records.get(Integer.parseInt(pair.idA()));
            SourceRecord b = records.get(Integer.parseInt(pair.idB()));
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
