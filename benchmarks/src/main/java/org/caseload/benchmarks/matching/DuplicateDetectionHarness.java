// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.caseload.benchmarks.generator.GeneratedRecord;
import org.caseload.benchmarks.generator.HmisClientGenerator;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.DetectDuplicates;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisterClients;
import org.caseload.clients.RegisteredClients;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ProgressListener;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.examples.cli.ClientFileFormat;
import org.caseload.examples.cli.HmisClientFormat;
import org.caseload.examples.cli.RejectedRow;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.identity.Principal;

/**
 * Bulk duplicate detection and the intake check at scale, through the runtime on in-memory
 * storage: generates HMIS-style clients ({@link HmisClientGenerator}), registers them (the load,
 * timed on its own), runs {@code caseload.duplicates().detect} over all of them (timed, and scored
 * against the generator's truth), and with {@code --latency} measures the intake check
 * ({@code duplicates().check}) and client search against the loaded clients, beside a naive full
 * scan that scores every client with {@link MatchEngine#score}, wall-clock and CPU time per call.
 * Prints counts, times and ratios only.
 *
 * <p>The load goes through {@code clients().registerAll} (no intake check). {@code --setting}
 * picks the generator's setting ({@code standard}, {@code varied}, or {@code both}, one after the
 * other); {@code --threads} the detection's threads (0: one per processor); {@code --baseline}
 * also runs, at the smallest size, the engine's earlier two-pass path ({@code estimateModel} then
 * {@code findDuplicates}, one thread) on the same clients, as the baseline of the same run.
 *
 * <p>{@code --engine} leaves the runtime out: the mapped rows become the engine's subjects as the
 * runtime builds them, and {@link MatchEngine#detect} runs on them directly (what
 * {@code duplicates().detect} runs after reading the clients from storage); a million clients
 * then fit in a 2 GB heap, which the in-memory storage with its indexes does not. With it,
 * {@code --breakdown} tells where the missed true pairs are lost ({@link RecallBreakdown}), and
 * {@code --missed FILE} writes some of them.
 *
 * <p>Usage: {@code DuplicateDetectionHarness [--records 100000,1000000] [--seed 1] [--setting standard]
 * [--threads 0] [--baseline] [--engine [--breakdown] [--missed FILE]] [--latency] [--queries 2000]
 * [--scan-queries 20]}
 */
public final class DuplicateDetectionHarness {

    private static final Principal ADMIN = new Principal("benchmark", "Benchmark", "benchmark-org", Set.of(),
            Set.of(Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.SYSTEM_ADMIN.key()),
            Locale.ROOT);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DuplicateDetectionHarness() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = List.of(100_000, 1_000_000);
        long seed = 1;
        boolean latency = false;
        int queries = 2_000;
        int scanQueries = 20;
        List<HmisClientGenerator.Setting> settings = List.of(HmisClientGenerator.Setting.STANDARD);
        int threads = 0;
        boolean baseline = false;
        boolean engineOnly = false;
        boolean breakdown = false;
        Path missed = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--latency" -> latency = true;
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--scan-queries" -> scanQueries = Integer.parseInt(args[++i]);
                case "--setting" -> {
                    String setting = args[++i];
                    settings = setting.equals("both") ? List.of(HmisClientGenerator.Setting.values())
                            : List.of(HmisClientGenerator.Setting.valueOf(setting.toUpperCase(Locale.ROOT)));
                }
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--baseline" -> baseline = true;
                case "--engine" -> engineOnly = true;
                case "--breakdown" -> breakdown = true;
                case "--missed" -> missed = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: DuplicateDetectionHarness [--records N,...] [--seed S] [--latency] "
                            + "[--queries Q] [--scan-queries S] [--setting standard|varied|both] [--threads N] [--baseline] "
                            + "[--engine [--breakdown] [--missed FILE]]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "JDK %s, %d processors, max heap %d MiB, load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        for (HmisClientGenerator.Setting setting : settings) {
            Map<Integer, Double> detectSeconds = new HashMap<>();
            for (int i = 0; i < sizes.size(); i++) {
                boolean last = i == sizes.size() - 1;
                Run run = new Run(sizes.get(i), seed, setting, threads, baseline && i == 0, latency && last, queries,
                        scanQueries, breakdown, missed);
                detectSeconds.put(sizes.get(i), engineOnly ? runEngine(run) : run(run));
            }
            if (sizes.size() > 1) {
                int small = sizes.get(0);
                int large = sizes.get(sizes.size() - 1);
                System.out.printf(Locale.ROOT, "%s: detect time ratio %d / %d clients: %.2f (size ratio %.1f)%n",
                        setting, large, small, detectSeconds.get(large) / detectSeconds.get(small),
                        large / (double) small);
            }
        }
    }

    /** What one size runs. */
    private record Run(int size, long seed, HmisClientGenerator.Setting setting, int threads, boolean baseline,
            boolean latency, int queries, int scanQueries, boolean breakdown, Path missed) {
    }

    /** One size on the engine alone: generate, map, detect; returns the detection seconds. */
    private static double runEngine(Run run) {
        System.out.printf(Locale.ROOT, "%n== %,d records (seed %d, setting %s), engine only%n", run.size(), run.seed(),
                run.setting());
        long start = System.nanoTime();
        HmisClientGenerator.Generated generated = HmisClientGenerator.generate(run.seed(), run.size(), run.setting());
        List<Row> rows = map(generated.records());
        generated = null;
        List<MatchSubject> subjects = new ArrayList<>(rows.size());
        Map<String, Long> personOf = new HashMap<>(rows.size() * 2);
        List<String> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String id = "c" + row.line;
            subjects.add(subject(id, row.details));
            personOf.put(id, row.person);
            ids.add(id);
        }
        System.out.printf(Locale.ROOT, "generated and mapped %,d records in %.1f s, heap used %d MiB%n", rows.size(),
                seconds(start), usedHeapMiB());
        long truePairs = truePairs(personOf);
        long[] found = new long[2];
        MatchEngine engine = MatchEngine.standard();
        System.gc();
        long allCpu = processCpuNanos();
        start = System.nanoTime();
        DetectionSummary summary = engine.detect(subjects, MatchClassification.PROBABLE, run.threads(),
                progressPrinter(), () -> false,
                pair -> found[personOf.get(pair.idA()).equals(personOf.get(pair.idB())) ? 0 : 1]++);
        double detectSeconds = seconds(start);
        System.out.printf(Locale.ROOT, "detect: %,d clients, %,d candidate pairs (%.2f per client), %,d blocking keys "
                + "dropped, in %.1f s wall, %.1f s CPU (process), heap used %d MiB, load average %.2f%n",
                summary.subjects(), summary.candidatePairs(),
                summary.candidatePairs() / (double) Math.max(1, summary.subjects()), summary.droppedKeys(),
                detectSeconds, (processCpuNanos() - allCpu) / 1e9, usedHeapMiB(), loadAverage());
        System.out.println("quality: " + new PairsEvaluation.Quality(summary.reportedPairs(), found[0], truePairs));
        if (run.breakdown()) {
            try {
                System.out.println("where the true pairs go: " + RecallBreakdown.run(subjects, rows, run.threads(),
                        run.missed(), 3_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (run.baseline()) {
            baseline(engine, rows, personOf, ids, truePairs, detectSeconds);
        }
        return detectSeconds;
    }

    /** One size: generate, load, detect, and optionally measure latencies; returns the detection seconds. */
    private static double run(Run run) {
        int size = run.size();
        long seed = run.seed();
        boolean latency = run.latency();
        int queries = run.queries();
        int scanQueries = run.scanQueries();
        System.out.printf(Locale.ROOT, "%n== %,d records (seed %d, setting %s)%n", size, seed, run.setting());
        long start = System.nanoTime();
        int generatedSize = latency ? size + queries : size;
        HmisClientGenerator.Generated generated = HmisClientGenerator.generate(seed, generatedSize, run.setting());
        List<Row> rows = map(generated.records());
        System.out.printf(Locale.ROOT, "generated and mapped %,d records of %,d people in %.1f s%n", rows.size(),
                generated.people(), seconds(start));
        generated = null; // only the mapped rows are needed from here: a million records take gigabytes

        // With --latency, some records are held out of the load to be the intake checks: re-entries of
        // people who are in the store, and people who are not.
        List<Row> held = latency ? holdOut(rows, queries, seed) : List.of();
        Set<Integer> heldLines = new HashSet<>();
        held.forEach(row -> heldLines.add(row.line));
        List<Row> load = rows.stream().filter(row -> !heldLines.contains(row.line)).toList();
        rows = null;

        MatchEngine engine = MatchEngine.standard();
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(() -> Optional.of(ADMIN)).matchEngine(engine).build()) {
            Map<String, Long> personOf = new HashMap<>();
            start = System.nanoTime();
            RegisteredClients loaded = caseload.clients().registerAll(new RegisterClients(load.stream()
                    .map(row -> new RegisterClient(row.details, List.of())).toList(), null, null));
            if (!loaded.refused().isEmpty()) {
                throw new IllegalStateException(loaded.refused().size() + " generated rows refused");
            }
            for (int i = 0; i < load.size(); i++) {
                personOf.put(loaded.clientIds().get(i), load.get(i).person);
            }
            double loadSeconds = seconds(start);
            System.out.printf(Locale.ROOT, "load: %,d clients registered in %.1f s (%.0f per second), heap used %d MiB%n",
                    load.size(), loadSeconds, load.size() / loadSeconds, usedHeapMiB());

            long truePairs = truePairs(personOf);
            long[] found = new long[2];
            Consumer<ScoredPair> sink = pair -> found[personOf.get(pair.idA()).equals(personOf.get(pair.idB())) ? 0 : 1]++;
            long cpu = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            long allCpu = processCpuNanos();
            DetectionSummary summary = caseload.duplicates().detect(new DetectDuplicates(true,
                    MatchClassification.PROBABLE, progressPrinter(), null, run.threads()), sink);
            double detectSeconds = seconds(start);
            double detectCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            PairsEvaluation.Quality quality = new PairsEvaluation.Quality(summary.reportedPairs(), found[0], truePairs);
            System.out.printf(Locale.ROOT, "detect: %,d clients, %,d candidate pairs (%.2f per client), %,d blocking "
                    + "keys dropped, in %.1f s wall, %.1f s CPU (calling thread), %.1f s CPU (process), heap used %d MiB, "
                    + "load average %.2f%n", summary.subjects(), summary.candidatePairs(),
                    summary.candidatePairs() / (double) Math.max(1, summary.subjects()), summary.droppedKeys(),
                    detectSeconds, detectCpu, (processCpuNanos() - allCpu) / 1e9, usedHeapMiB(), loadAverage());
            System.out.println("quality: " + quality);
            if (run.baseline()) {
                baseline(engine, load, personOf, loaded.clientIds(), truePairs, detectSeconds);
            }

            if (latency) {
                measureLatency(caseload, engine, load, held, scanQueries);
            }
            return detectSeconds;
        }
    }

    /**
     * The engine's earlier path on the same clients: EM over one pass of the candidate pairs
     * ({@code estimateModel}), then a second pass that scores them ({@code findDuplicates}), on
     * the calling thread, with the blocking of the intake index.
     */
    private static void baseline(MatchEngine engine, List<Row> load, Map<String, Long> personOf, List<String> ids,
            long truePairs, double detectSeconds) {
        List<MatchSubject> subjects = new ArrayList<>(load.size());
        for (int i = 0; i < load.size(); i++) {
            subjects.add(subject(ids.get(i), load.get(i).details));
        }
        long[] found = new long[2];
        long start = System.nanoTime();
        MatchModel model = engine.estimateModel(subjects, ProgressListener.NONE, () -> false);
        DetectionSummary summary = engine.findDuplicates(subjects, model, MatchClassification.PROBABLE,
                ProgressListener.NONE, () -> false,
                pair -> found[personOf.get(pair.idA()).equals(personOf.get(pair.idB())) ? 0 : 1]++);
        double seconds = seconds(start);
        System.out.printf(Locale.ROOT, "baseline (estimateModel + findDuplicates, one thread, same clients): %,d "
                + "candidate pairs in %.1f s; new path / baseline time: %.2f%n", summary.candidatePairs(), seconds,
                detectSeconds / seconds);
        System.out.println("baseline quality: "
                + new PairsEvaluation.Quality(summary.reportedPairs(), found[0], truePairs));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void measureLatency(Caseload caseload, MatchEngine engine, List<Row> load, List<Row> held,
            int scanQueries) {
        System.out.printf(Locale.ROOT, "latency over %,d clients, %,d queries (half re-entries of stored people, "
                + "half new people); load average %.2f%n", load.size(), held.size(), loadAverage());
        // Warm-up: one pass over the queries, not measured.
        held.forEach(row -> caseload.duplicates().check(row.details));
        report("intake check (duplicates().check)", time(held, row -> caseload.duplicates().check(row.details)));
        held.forEach(row -> caseload.clients().search(search(row)));
        report("search (clients().search)", time(held, row -> caseload.clients().search(search(row))));

        List<MatchSubject> subjects = load.stream().map(row -> subject("c" + row.line, row.details)).toList();
        MatchModel model = MatchModel.standard();
        List<Row> scanned = held.subList(0, Math.min(scanQueries, held.size()));
        report("naive full scan (MatchEngine.score of every client)", time(scanned, row -> {
            MatchSubject query = subject("?", row.details);
            int probable = 0;
            for (MatchSubject subject : subjects) {
                if (engine.score(model, query, subject).classification() == MatchClassification.PROBABLE) {
                    probable++;
                }
            }
            if (probable < 0) {
                throw new AssertionError();
            }
        }));
    }

    /** What an intake worker types in the search box: the name as given, and the date of birth when known. */
    private static ClientSearch search(Row row) {
        ClientDetails details = row.details;
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {details.firstName(), details.lastName()}) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        LocalDate born = details.dateOfBirth();
        if (born != null) {
            text.append(born.getMonthValue()).append('/').append(born.getDayOfMonth()).append('/').append(born.getYear());
        }
        return ClientSearch.text(text.length() == 0 ? "unknown" : text.toString().strip());
    }

    /** Wall-clock and CPU nanoseconds of each call. */
    private static long[][] time(List<Row> queries, Consumer<Row> call) {
        long[] wall = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.accept(queries.get(i));
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        return new long[][] {wall, cpu};
    }

    private static void report(String what, long[][] times) {
        long[] wall = times[0].clone();
        long[] cpu = times[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s, %d calls: wall p50 %.3f ms, p99 %.3f ms; CPU p50 %.3f ms, p99 %.3f ms%n",
                what, wall.length, percentile(wall, 50) / 1e6, percentile(wall, 99) / 1e6, percentile(cpu, 50) / 1e6,
                percentile(cpu, 99) / 1e6);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The queries: half records of people with other records (so the store holds them), half
     * records of people with only this one, each taken out of the load.
     */
    static List<Row> holdOut(List<Row> rows, int queries, long seed) {
        Map<Long, Integer> recordsOf = new HashMap<>();
        rows.forEach(row -> recordsOf.merge(row.person, 1, Integer::sum));
        List<Row> returning = new ArrayList<>();
        List<Row> newcomers = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        Random random = new Random(seed);
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        for (Row row : shuffled) {
            boolean hasOthers = recordsOf.get(row.person) > 1;
            List<Row> bucket = hasOthers ? returning : newcomers;
            if (bucket.size() < queries / 2 && taken.add(row.person)) {
                bucket.add(row);
            }
            if (returning.size() + newcomers.size() >= queries) {
                break;
            }
        }
        List<Row> held = new ArrayList<>(returning);
        held.addAll(newcomers);
        Collections.shuffle(held, random);
        return held;
    }

    /** The generated rows through the command line's HMIS mapping, as a file would be read. */
    static List<Row> map(List<GeneratedRecord> records) {
        ClientFileFormat.RowMapper mapper = new HmisClientFormat().mapper(HmisClientFormat.FY2024_COLUMNS);
        List<Row> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            GeneratedRecord record = records.get(i);
            try {
                rows.add(new Row(i + 2, record.person(), mapper.map(i + 2, record.toRow()).details()));
            } catch (RejectedRow e) {
                throw new IllegalStateException("generated row " + (i + 2) + " rejected: " + e.getMessage());
            }
        }
        return rows;
    }

    /** A client as the engine sees it, for the naive scan: the way the runtime builds its subjects. */
    static MatchSubject subject(String id, ClientDetails details) {
        String ssn = details.ssn();
        String comparable = ssn == null ? null
                : ssn.chars().allMatch(Character::isDigit) ? ssn
                : ssn.substring(5).chars().allMatch(Character::isDigit) ? ssn.substring(5) : null;
        return MatchSubject.builder(id).firstName(details.firstName()).middleName(details.middleName())
                .lastName(details.lastName()).dateOfBirth(details.dateOfBirth())
                .dateOfBirthApproximate(details.dobQuality() == DobDataQuality.APPROXIMATE_OR_PARTIAL).ssn(comparable)
                .identifier(details.otherId()).build();
    }

    private static long truePairs(Map<String, Long> personOf) {
        Map<Long, Long> sizes = new HashMap<>();
        personOf.values().forEach(person -> sizes.merge(person, 1L, Long::sum));
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static ProgressListener progressPrinter() {
        long[] next = {0};
        long start = System.nanoTime();
        return (done, total) -> {
            if (done >= next[0]) {
                next[0] = done + Math.max(1, total / 5);
                System.out.printf(Locale.ROOT, "  detecting: %,d of %,d after %.1f s%n", done, total, seconds(start));
            }
        };
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static long usedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One generated row, mapped: its line in the file it would be, its person, its client details. */
    record Row(int line, long person, ClientDetails details) {
    }
}
