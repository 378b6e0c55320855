// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the pairs {@code bin/caseload duplicates} wrote against the ground truth: precision,
 * recall and F1. The truth is a generator's {@code truth.csv} ({@code PersonalID,person}), or the
 * record ids of a FEBRL file ({@code rec-N-org} and {@code rec-N-dup-K} are one person).
 *
 * <p>Usage: {@code PairsEvaluation PAIRS.csv --truth truth.csv} or
 * {@code PairsEvaluation PAIRS.csv --febrl dataset1.csv}
 */
public final class PairsEvaluation {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

    private PairsEvaluation() {
    }

    /**
     * Precision, recall and F1 of reported pairs.
     *
     * @param reported       pairs reported
     * @param truePositives  reported pairs that are one person
     * @param truePairs      pairs that are one person in the input
     */
    public record Quality(long reported, long truePositives, long truePairs) {
        public double precision() {
            return reported == 0 ? 1 : truePositives / (double) reported;
        }

        public double recall() {
            return truePairs == 0 ? 1 : truePositives / (double) truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pairs reported, %d true, %d false, %d true pairs in the input; "
                    + "precision %.4f, recall %.4f, F1 %.4f", reported, truePositives, reported - truePositives,
                    truePairs, precision(), recall(), f1());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[1].equals("--truth") || args[1].equals("--febrl"))) {
            System.err.println("usage: PairsEvaluation PAIRS.csv (--truth truth.csv | --febrl FEBRL.csv)");
            System.exit(2);
        }
        Map<String, String> personOf = args[1].equals("--truth") ? truth(Path.of(args[2])) : febrl(Path.of(args[2]));
        System.out.println(evaluate(Path.of(args[0]), personOf));
    }

    /** Scores a pairs file against the person of every record id. */
    public static Quality evaluate(Path pairs, Map<String, String> personOf) throws IOException {
        long reported = 0;
        long truePositives = 0;
        try (BufferedReader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                // The writer quotes only fields that need it; ids of these inputs never do.
                String[] fields = line.split(",", 3);
                String a = personOf.get(fields[0]);
                String b = personOf.get(fields[1]);
                if (a == null || b == null) {
                    throw new IllegalArgumentException("a pair names an id the truth does not know");
                }
                reported++;
                truePositives += a.equals(b) ? 1 : 0;
            }
        }
        Map<String, Long> sizes = new HashMap<>();
        personOf.values().forEach(person -> sizes.merge(person, 1L, Long::sum));
        long truePairs = sizes.values().stream().mapToLong(size -> size * (size - 1) / 2).sum();
        return new Quality(reported, truePositives, truePairs);
    }

    /** The person of every PersonalID in a generator's {@code truth.csv}. */
    public static Map<String, String> truth(Path file) throws IOException {
        Map<String, String> personOf = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    personOf.put(line.substring(0, comma), line.substring(comma + 1).strip());
                }
            }
        }
        return personOf;
    }

    /** The person of every record of a FEBRL file: the N of {@code rec-N-...}. */
    public static Map<String, String> febrl(Path file) throws IOException {
        Map<String, String> personOf = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String id = line.split(",", 2)[0].strip();
                Matcher matcher = FEBRL_ID.matcher(id);
                if (matcher.matches()) {
                    personOf.put(id, matcher.group(1));
                }
            }
        }
        return personOf;
    }
}
