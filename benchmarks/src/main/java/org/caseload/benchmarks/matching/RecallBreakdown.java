// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseload.clients.ClientDetails;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.MatchThresholds;
import org.caseload.linkage.ProgressListener;
import org.caseload.linkage.ScoredPair;

/**
 * Where the true pairs a detection run misses are lost: never made a candidate by the blocking
 * (pair completeness), or compared and scored below the probable threshold. Runs the engine once
 * more with every candidate pair reported (a possible threshold of the smallest positive
 * probability), so that each candidate is seen with its score; optionally writes the missed pairs
 * of generated rows, both rows' identifying fields, for a person to read. The true pairs are also sorted
 * by the evidence their rows carry ({@link EvidenceClasses}), with recall over the recoverable ones.
 */
final class RecallBreakdown {

    private RecallBreakdown() {
    }

    /**
     * What became of the true pairs.
     *
     * @param truePairs      pairs of rows of one person
     * @param candidates     true pairs the blocking made candidates
     * @param probable       true pairs scored probable
     * @param candidatePairs every candidate pair, true or not
     * @param evidence       the true pairs by the evidence their rows carry ({@link EvidenceClasses})
     */
    record Breakdown(long truePairs, long candidates, long probable, long candidatePairs, String evidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "true pairs %,d: never candidates %,d (pair completeness %.4f), "
                    + "candidates scored below probable %,d, probable %,d (recall %.4f); candidate pairs %,d%n%s",
                    truePairs, truePairs - candidates, candidates / (double) truePairs, candidates - probable,
                    probable, probable / (double) truePairs, candidatePairs, evidence);
        }
    }

    /**
     * Runs the breakdown over these subjects ({@code rows} in the same order) and, when
     * {@code missed} is not null, writes up to {@code limit} missed pairs of each kind there.
     */
    static Breakdown run(List<MatchSubject> subjects, List<DuplicateDetectionHarness.Row> rows, int threads,
            Path missed, int limit) throws IOException {
        MatchEngine every = MatchEngine.builder().thresholds(new MatchThresholds(0.5, Double.MIN_VALUE)).build();
        Map<String, Integer> indexOf = new HashMap<>(subjects.size() * 2);
        for (int i = 0; i < subjects.size(); i++) {
            indexOf.put(subjects.get(i).id(), i);
        }
        Map<Long, ScoredPair> trueCandidates = new HashMap<>();
        long[] probable = {0};
        long candidatePairs = every.detect(subjects, MatchClassification.POSSIBLE, threads, ProgressListener.NONE,
                () -> false, pair -> {
                    int a = indexOf.get(pair.idA());
                    int b = indexOf.get(pair.idB());
                    if (rows.get(a).person() == rows.get(b).person()) {
                        trueCandidates.put(key(a, b), pair);
                        probable[0] += pair.classification() == MatchClassification.PROBABLE ? 1 : 0;
                    }
                }).candidatePairs();
        Map<Long, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byPerson.computeIfAbsent(rows.get(i).person(), person -> new ArrayList<>(2)).add(i);
        }
        long truePairs = 0;
        EvidenceClasses evidence = new EvidenceClasses();
        List<String> neverCandidates = new ArrayList<>();
        for (List<Integer> group : byPerson.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    truePairs++;
                    int a = Math.min(group.get(x), group.get(y));
                    int b = Math.max(group.get(x), group.get(y));
                    ScoredPair candidate = trueCandidates.get(key(a, b));
                    evidence.add(subjects.get(a), subjects.get(b), candidate != null,
                            candidate != null && candidate.classification() == MatchClassification.PROBABLE);
                    if (candidate == null && neverCandidates.size() < limit) {
                        neverCandidates.add("never candidates\t\t" + describe(rows.get(a)) + "\t" + describe(rows.get(b)));
                    }
                }
            }
        }
        if (missed != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(missed, StandardCharsets.UTF_8))) {
                neverCandidates.forEach(out::println);
                trueCandidates.values().stream()
                        .filter(pair -> pair.classification() != MatchClassification.PROBABLE)
                        .limit(limit)
                        .forEach(pair -> out.println("below probable\t" + String.format(Locale.ROOT, "%.2f", pair.score())
                                + " " + pair.fields().stream().map(f -> f.field().name().toLowerCase(Locale.ROOT)
                                        + "=" + f.agreement().name().charAt(0)).collect(Collectors.joining(","))
                                + "\t" + describe(rows.get(indexOf.get(pair.idA()))) + "\t"
                                + describe(rows.get(indexOf.get(pair.idB())))));
            }
        }
        return new Breakdown(truePairs, trueCandidates.size(), probable[0], candidatePairs, evidence.report(25));
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    private static String describe(DuplicateDetectionHarness.Row row) {
        ClientDetails d = row.details();
        return d.firstName() + " " + d.middleName() + " " + d.lastName() + " | " + d.dateOfBirth() + " q"
                + d.dobQuality() + " | " + d.ssn() + " q" + d.ssnQuality() + " | " + d.nameQuality();
    }
}
