// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.ProgressListener;

/**
 * Measures duplicate detection on FEBRL files: the blocking's pair completeness and reduction
 * ratio, then EM estimation and bulk detection with the engine's default thresholds, scored
 * against the ground truth in the record ids. Prints counts and ratios only.
 *
 * <p>Usage: {@code FebrlEvaluation FILE...}
 */
public final class FebrlEvaluation {

    private static final int TIMED_RUNS = 5;

    private FebrlEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: FebrlEvaluation FILE...");
            System.exit(2);
        }
        MatchEngine engine = MatchEngine.standard();
        for (String file : args) {
            evaluate(engine, Path.of(file));
        }
    }

    private static void evaluate(MatchEngine engine, Path file) throws IOException {
        LabelledRecords records = FebrlReader.read(file);
        long n = records.subjects().size();
        long truePairs = records.truePairs();
        System.out.printf(Locale.ROOT, "%n== %s: %d records, %d true pairs, %d lines skipped, %d unreadable dates%n",
                file.getFileName(), n, truePairs, records.skippedLines(), records.unreadableDates());

        long[] blockedTrue = new long[1];
        DetectionSummary blocking = engine.forEachCandidatePair(records.subjects(), ProgressListener.NONE, () -> false,
                (a, b) -> blockedTrue[0] += records.sameEntity(a.id(), b.id()) ? 1 : 0);
        double allPairs = n * (n - 1) / 2.0;
        System.out.printf(Locale.ROOT, "blocking: %d candidate pairs, pair completeness %.4f, reduction ratio %.4f%n",
                blocking.candidatePairs(), blockedTrue[0] / (double) truePairs, 1 - blocking.candidatePairs() / allPairs);

        MatchModel model = engine.estimateModel(records.subjects(), ProgressListener.NONE, () -> false);
        System.out.print(model.describe());
        long[] counts = new long[2];
        DetectionSummary detection = engine.findDuplicates(records.subjects(), model, MatchClassification.PROBABLE,
                ProgressListener.NONE, () -> false,
                pair -> counts[records.sameEntity(pair.idA(), pair.idB()) ? 0 : 1]++);
        long truePositives = counts[0];
        double precision = truePositives / (double) detection.reportedPairs();
        double recall = truePositives / (double) truePairs;
        System.out.printf(Locale.ROOT,
                "probable (p >= %.2f): %d pairs, %d true, %d false; precision %.4f, recall %.4f, F1 %.4f%n",
                engine.thresholds().probable(), detection.reportedPairs(), truePositives, counts[1], precision, recall,
                2 * precision * recall / (precision + recall));
        printTimes(engine, records);
    }

    /** Bulk time: EM estimation plus detection, first run (cold) and best of the following runs. */
    private static void printTimes(MatchEngine engine, LabelledRecords records) {
        long first = timeOneRun(engine, records);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < TIMED_RUNS; run++) {
            best = Math.min(best, timeOneRun(engine, records));
        }
        System.out.printf(Locale.ROOT, "bulk time (estimate + detect): first run %d ms, best of %d %d ms%n",
                first / 1_000_000, TIMED_RUNS, best / 1_000_000);
    }

    private static long timeOneRun(MatchEngine engine, LabelledRecords records) {
        long start = System.nanoTime();
        MatchModel model = engine.estimateModel(records.subjects(), ProgressListener.NONE, () -> false);
        engine.findDuplicates(records.subjects(), model, MatchClassification.PROBABLE, ProgressListener.NONE,
                () -> false, pair -> { });
        return System.nanoTime() - start;
    }
}
