// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.caseload.benchmarks.generator.HmisClientGenerator;
import org.caseload.benchmarks.matching.DuplicateDetectionHarness.Row;
import org.caseload.benchmarks.storage.BenchmarkStorages;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisterClients;
import org.caseload.clients.RegisteredClients;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.Storage;

/**
 * Client search and the intake check against many stored clients, in memory or on PostgreSQL:
 * generates HMIS-style clients ({@link HmisClientGenerator}), holds some out as the queries
 * (re-entries of stored people and new people), loads the rest through
 * {@code clients().registerAll} in chunks (timed: the load rate), and measures the wall time of
 * each {@code clients().search} and {@code duplicates().check} with one caller and with several
 * concurrent callers.
 *
 * <p>The queries are a mix: half a name only, a third a name and a date of birth, the rest a name
 * and an SSN (every other one the last four only). Searches are what an intake worker types in the
 * search box; intake checks carry the same parts as client details.
 *
 * <p>The baseline is measured in the same run: the same calls once the first
 * {@code --baseline-clients} clients are loaded (the load then goes on to {@code --clients}), and a
 * naive full scan, {@link MatchEngine#score} of the query against every stored client, for the first
 * {@code --scan-queries} queries. Figures at the full size are printed as ratios to both.
 *
 * <p>PostgreSQL is the server named by {@code CASELOAD_PG_URL}, {@code CASELOAD_PG_USER} and
 * {@code CASELOAD_PG_PASSWORD}, in a new schema ({@link BenchmarkStorages#POSTGRESQL}).
 *
 * <p>Usage: {@code SearchLatencyHarness [--storage MEMORY|POSTGRESQL] [--clients 1000000]
 * [--baseline-clients 100000] [--callers 1,8] [--queries 2000] [--scan-queries 3] [--seed 1]
 * [--setting standard|varied] [--loaders 2] [--chunk 10000] [--load-only] [--sample N] [--pool N]}
 *
 * <p>On PostgreSQL each size gets a schema of its own, kept: a later run with the same settings
 * measures on it without loading again (and prints the load rate of the run that loaded it).
 * {@code --load-only} loads and stops; {@code --sample} measures that many of the queries only
 * (the held-out records, hence what is loaded, stay those of {@code --queries}). {@code --pool} is
 * the most connections the PostgreSQL storage's pool opens, as a deployment sizes its pool: by
 * default twice the processors, as docs/benchmarks.md advises when the database shares the machine.
 */
public final class SearchLatencyHarness {

    private static final Principal ADMIN = new Principal("benchmark", "Benchmark", "benchmark-org", Set.of(),
            Set.of(Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.SYSTEM_ADMIN.key()),
            Locale.ROOT);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How long each call is warmed up before it is measured, at each size. */
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private SearchLatencyHarness() {
    }

    /** What one run measures. */
    private record Settings(BenchmarkStorages storage, int clients, int baselineClients, List<Integer> callers,
            int queries, int scanQueries, long seed, HmisClientGenerator.Setting setting, int loaders, int chunk,
            boolean loadOnly, int sample, int pool) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkStorages storage = BenchmarkStorages.MEMORY;
        int clients = 1_000_000;
        int baselineClients = 100_000;
        List<Integer> callers = List.of(1, 8);
        int queries = 2_000;
        int scanQueries = 3;
        long seed = 1;
        HmisClientGenerator.Setting setting = HmisClientGenerator.Setting.STANDARD;
        int loaders = 2;
        int chunk = 10_000;
        int pool = 2 * Runtime.getRuntime().availableProcessors();
        boolean loadOnly = false;
        int sample = Integer.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--storage" -> storage = BenchmarkStorages.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--baseline-clients" -> baselineClients = Integer.parseInt(args[++i]);
                case "--callers" -> callers = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--scan-queries" -> scanQueries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--setting" -> setting = HmisClientGenerator.Setting.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--loaders" -> loaders = Integer.parseInt(args[++i]);
                case "--chunk" -> chunk = Integer.parseInt(args[++i]);
                case "--load-only" -> loadOnly = true;
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--pool" -> pool = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: SearchLatencyHarness [--storage MEMORY|POSTGRESQL] [--clients N] "
                            + "[--baseline-clients N] [--callers 1,8] [--queries N] [--scan-queries N] [--seed S] "
                            + "[--setting standard|varied] [--loaders N] [--chunk N] [--load-only] [--sample N] [--pool N]");
                    System.exit(2);
                }
            }
        }
        run(new Settings(storage, clients, Math.min(baselineClients, clients), callers, queries, scanQueries, seed,
                setting, loaders, chunk, loadOnly, sample, pool));
    }

    private static void run(Settings settings) throws Exception {
        long start = System.nanoTime();
        HmisClientGenerator.Generated generated = HmisClientGenerator.generate(settings.seed(),
                settings.clients() + settings.queries(), settings.setting());
        List<Row> rows = DuplicateDetectionHarness.map(generated.records());
        generated = null; // only the mapped rows are needed from here
        List<Row> held = DuplicateDetectionHarness.holdOut(rows, settings.queries(), settings.seed());
        Set<Integer> heldLines = new HashSet<>();
        held.forEach(row -> heldLines.add(row.line()));
        List<Row> load = rows.stream().filter(row -> !heldLines.contains(row.line())).toList();
        rows = null;
        List<Query> all = mix(held);
        // The held-out records decide what is loaded; --sample measures fewer of them, in the mix's proportions.
        List<Query> mix = all.size() <= settings.sample() ? all : sample(all, settings.sample());
        System.out.printf(Locale.ROOT, "generated %,d clients and %,d queries (%s) in %.1f s; storage %s%s%n",
                load.size(), mix.size(), describe(mix), DuplicateDetectionHarness.seconds(start), settings.storage(),
                settings.storage() == BenchmarkStorages.POSTGRESQL ? ", a pool of " + settings.pool() + " connections"
                        : "");

        if (settings.storage() == BenchmarkStorages.POSTGRESQL) {
            // A schema per size, kept: a later run with the same settings measures without loading again.
            List<Figures> baseline = null;
            for (int size : List.of(settings.baselineClients(), load.size())) {
                Map<String, Long> personOf = new ConcurrentHashMap<>();
                String schema = String.format(Locale.ROOT, "search_%s_%d_%d", settings.setting(), settings.seed(),
                        size).toLowerCase(Locale.ROOT);
                Storage storage = BenchmarkStorages.postgresql(schema, settings.pool());
                try (Caseload caseload = caseload(storage)) {
                    if (!LoadMark.loadedBefore(schema)) {
                        double seconds = load(caseload, load.subList(0, size), settings, personOf);
                        LoadMark.mark(schema, size, seconds);
                    }
                    if (!settings.loadOnly()) {
                        List<Figures> figures = measure(caseload, mix, settings.callers(), baseline, personOf);
                        baseline = baseline == null ? figures : baseline;
                    }
                } finally {
                    BenchmarkStorages.close(storage);
                }
            }
        } else {
            Storage storage = settings.storage().open();
            try (Caseload caseload = caseload(storage)) {
                Map<String, Long> personOf = new ConcurrentHashMap<>();
                load(caseload, load.subList(0, settings.baselineClients()), settings, personOf);
                List<Figures> baseline = measure(caseload, mix, settings.callers(), null, personOf);
                load(caseload, load.subList(settings.baselineClients(), load.size()), settings, personOf);
                measure(caseload, mix, settings.callers(), baseline, personOf);
            } finally {
                BenchmarkStorages.close(storage);
            }
        }
        if (!settings.loadOnly()) {
            naiveScan(load, mix, settings.scanQueries());
        }
    }

    static Caseload caseload(Storage storage) {
        return Caseload.builder().storage(storage).identity(() -> Optional.of(ADMIN))
                .matchEngine(MatchEngine.standard()).keyProvider(new FixedKeys()).build();
    }

    /**
     * Keys derived from their purpose's name, the same in every run, so that a schema loaded by
     * one run is searched by the next (the SSN match keys are digests under them). For generated
     * records only: anyone can derive them.
     */
    private static final class FixedKeys implements KeyProvider {
        @Override
        public DataKey current(KeyPurpose purpose) {
            try {
                byte[] material = MessageDigest.getInstance("SHA-256")
                        .digest(("caseload search harness " + purpose).getBytes(StandardCharsets.UTF_8));
                return new DataKey("harness-" + purpose.name().toLowerCase(Locale.ROOT), material);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
            DataKey key = current(purpose);
            return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
        }
    }

    /**
     * Registers the clients in chunks of {@code --chunk}, on {@code --loaders} threads; prints the
     * rate. Records in {@code personOf} whom each client registered is a record of.
     */
    private static double load(Caseload caseload, List<Row> rows, Settings settings, Map<String, Long> personOf)
            throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService loaders = Executors.newFixedThreadPool(settings.loaders());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < settings.loaders(); t++) {
                done.add(loaders.submit(() -> {
                    for (int from = next.getAndAdd(settings.chunk()); from < rows.size();
                            from = next.getAndAdd(settings.chunk())) {
                        List<RegisterClient> chunk = rows.subList(from, Math.min(rows.size(), from + settings.chunk()))
                                .stream().map(row -> new RegisterClient(row.details(), List.of())).toList();
                        RegisteredClients loaded = caseload.clients().registerAll(new RegisterClients(chunk, null,
                                null));
                        if (!loaded.refused().isEmpty()) {
                            throw new IllegalStateException(loaded.refused().size() + " generated rows refused");
                        }
                        for (int i = 0; i < loaded.clientIds().size(); i++) {
                            personOf.put(loaded.clientIds().get(i), rows.get(from + i).person());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loader : done) {
                loader.get();
            }
        } finally {
            loaders.shutdown();
        }
        double seconds = DuplicateDetectionHarness.seconds(start);
        System.out.printf(Locale.ROOT, "load: %,d clients in %.1f s (%,.0f clients/s, %d loaders, chunks of %,d), "
                + "heap used %d MiB, load average %.2f%n", rows.size(), seconds, rows.size() / seconds,
                settings.loaders(), settings.chunk(), DuplicateDetectionHarness.usedHeapMiB(),
                DuplicateDetectionHarness.loadAverage());
        return seconds;
    }

    /**
     * What the calls find, then search and intake check, warmed up, measured with each number of
     * callers.
     */
    private static List<Figures> measure(Caseload caseload, List<Query> mix, List<Integer> callers,
            List<Figures> baseline, Map<String, Long> personOf) throws Exception {
        // The clients just loaded are young, and the old match-key index points at them until they
        // are promoted: a full collection first, as a store that has held its clients a while has
        // promoted them, so that the pauses measured are those of the calls.
        System.gc();
        System.out.printf(Locale.ROOT, "-- measuring with %s (load average %.2f, JVM uptime %.1f s)%n",
                baseline == null ? "the baseline clients" : "every client", DuplicateDetectionHarness.loadAverage(),
                uptimeSeconds());
        findings(caseload, mix, personOf);
        List<Call> calls = List.of(
                new Call("search", query -> caseload.clients().search(query.search())),
                new Call("intake check", query -> caseload.duplicates().check(query.details())));
        for (Call call : calls) {
            warmUp(mix, call);
        }
        List<Figures> figures = new ArrayList<>();
        for (int threads : callers) {
            for (Call call : calls) {
                Figures measured = new Figures(call.name(), threads, timed(mix, threads, call.run()));
                figures.add(measured);
                Figures before = baseline == null ? null : baseline.stream()
                        .filter(b -> b.call().equals(call.name()) && b.callers() == threads).findFirst().orElse(null);
                System.out.println(measured.describe(before));
                System.out.printf(Locale.ROOT, "   (until JVM uptime %.1f s, as in a GC log's uptime decorations)%n",
                        uptimeSeconds());
            }
        }
        return figures;
    }

    /**
     * How often each call finds the person a query is a record of, over the queries whose person
     * has a record stored: a search on its first page, an intake check among its candidates. Not
     * timed; printed only by a run that loaded the clients, which knows whom each is a record of.
     */
    private static void findings(Caseload caseload, List<Query> mix, Map<String, Long> personOf) {
        if (personOf.isEmpty()) {
            System.out.println("   (what the calls find is printed only by a run that loads the clients)");
            return;
        }
        Set<Long> stored = new HashSet<>(personOf.values());
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        for (Query query : mix) {
            if (!stored.contains(query.person())) {
                continue;
            }
            Long person = query.person();
            int[] counts = byKind.computeIfAbsent(query.kind(), kind -> new int[3]);
            counts[0]++;
            if (caseload.clients().search(query.search()).stream()
                    .anyMatch(match -> person.equals(personOf.get(match.client().id())))) {
                counts[1]++;
            }
            if (caseload.duplicates().check(query.details()).stream()
                    .anyMatch(candidate -> person.equals(personOf.get(candidate.client().id())))) {
                counts[2]++;
            }
        }
        int[] total = new int[3];
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, counts) -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
            kinds.append(kinds.length() == 0 ? "" : "; ").append(kind.label).append(' ').append(counts[1])
                    .append(" and ").append(counts[2]).append(" of ").append(counts[0]);
        });
        System.out.printf(Locale.ROOT, "found: of %,d queries whose person has a record stored, the search's "
                + "first page holds one for %,d (%.4f), the intake check's candidates for %,d (%.4f) (%s)%n",
                total[0], total[1], total[1] / (double) Math.max(1, total[0]), total[2],
                total[2] / (double) Math.max(1, total[0]), kinds);
    }

    /**
     * Rounds of the mix with two callers, not measured, until {@link #WARM_UP_NANOS} have passed:
     * one round (a second or less) left the first figures measured still compiling the calls' paths,
     * on the database server as in the JVM.
     */
    private static void warmUp(List<Query> mix, Call call) throws Exception {
        long start = System.nanoTime();
        int rounds = 0;
        do {
            timed(mix, 2, call.run());
            rounds++;
        } while (System.nanoTime() - start < WARM_UP_NANOS);
        System.out.printf(Locale.ROOT, "   (%s warmed up: %d rounds of the mix with 2 callers in %.1f s)%n", call.name(),
                rounds, (System.nanoTime() - start) / 1e9);
    }

    private static double uptimeSeconds() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1_000.0;
    }

    /**
     * Every query once per caller, each caller starting at another place in the list: the wall
     * and the calling thread's CPU nanoseconds of each call, each sorted, then the wall nanoseconds
     * of the whole run and the machine's busy CPU nanoseconds over it (-1 when unknown).
     */
    private static long[][] timed(List<Query> mix, int callers, Consumer<Query> call) throws Exception {
        long[] wall = new long[mix.size() * callers];
        long[] cpu = new long[wall.length];
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long busyStart = MachineCpu.busyNanos();
        long runStart = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(pool.submit(() -> {
                    int offset = caller * mix.size() / callers;
                    for (int i = 0; i < mix.size(); i++) {
                        Query query = mix.get((offset + i) % mix.size());
                        long cpuStart = THREADS.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        call.accept(query);
                        wall[caller * mix.size() + i] = System.nanoTime() - start;
                        cpu[caller * mix.size() + i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                    }
                    return null;
                }));
            }
            for (Future<?> caller : done) {
                caller.get();
            }
        } finally {
            pool.shutdown();
        }
        long run = System.nanoTime() - runStart;
        long busyEnd = MachineCpu.busyNanos();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[][] {wall, cpu, {run, busyStart < 0 || busyEnd < 0 ? -1 : busyEnd - busyStart}};
    }

    /** The baseline at the full size: {@link MatchEngine#score} of the query against every client. */
    private static void naiveScan(List<Row> load, List<Query> mix, int scanQueries) {
        if (scanQueries == 0) {
            return;
        }
        MatchEngine engine = MatchEngine.standard();
        MatchModel model = MatchModel.standard();
        List<MatchSubject> subjects = load.stream()
                .map(row -> DuplicateDetectionHarness.subject("c" + row.line(), row.details())).toList();
        long[] wall = new long[Math.min(scanQueries, mix.size())];
        for (int i = 0; i < wall.length; i++) {
            MatchSubject query = DuplicateDetectionHarness.subject("?", mix.get(i).details());
            long start = System.nanoTime();
            long probable = subjects.stream()
                    .filter(subject -> engine.score(model, query, subject).classification() == MatchClassification.PROBABLE)
                    .count();
            wall[i] = System.nanoTime() - start;
            if (probable < 0) {
                throw new AssertionError();
            }
        }
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "naive full scan (MatchEngine.score of %,d clients), %d calls: p50 %.1f ms, "
                + "max %.1f ms%n", subjects.size(), wall.length, DuplicateDetectionHarness.percentile(wall, 50) / 1e6,
                wall[wall.length - 1] / 1e6);
    }

    /**
     * The mix: a sixth of the queries (those whose record has a full SSN) with a name and an SSN,
     * every other one the last four only; a third with a name and a date of birth (those with a
     * date); the rest a name only.
     */
    private static List<Query> mix(List<Row> held) {
        int ssnWanted = held.size() / 6;
        int dobWanted = held.size() / 3;
        List<Query> mix = new ArrayList<>();
        int ssn = 0;
        int dob = 0;
        for (Row row : held) {
            ClientDetails details = row.details();
            if (details.firstName() == null || details.lastName() == null) {
                continue;
            }
            ClientDetails named = ClientDetails.named(details.firstName(), details.lastName());
            String name = details.firstName() + " " + details.lastName();
            String fullSsn = details.ssnQuality() == SsnDataQuality.FULL ? details.ssn() : null;
            LocalDate born = details.dateOfBirth();
            if (ssn < ssnWanted && fullSsn != null) {
                boolean lastFour = ssn % 2 == 1;
                String typed = lastFour ? fullSsn.substring(5) : fullSsn;
                mix.add(new Query(lastFour ? Kind.LAST_FOUR : Kind.SSN, ClientSearch.text(name + " " + typed),
                        named.withSsn(lastFour ? "xxxxx" + typed : fullSsn,
                                lastFour ? SsnDataQuality.APPROXIMATE_OR_PARTIAL : SsnDataQuality.FULL), row.person()));
                ssn++;
            } else if (dob < dobWanted && born != null) {
                mix.add(new Query(Kind.NAME_AND_DOB, ClientSearch.text(name + " " + born.getMonthValue() + "/"
                        + born.getDayOfMonth() + "/" + born.getYear()),
                        named.withDateOfBirth(born, DobDataQuality.FULL), row.person()));
                dob++;
            } else {
                mix.add(new Query(Kind.NAME, ClientSearch.text(name), named, row.person()));
            }
        }
        return mix;
    }

    /** Every n-th query, n chosen to keep about {@code size} of them: the mix is in a random order. */
    private static List<Query> sample(List<Query> mix, int size) {
        List<Query> sampled = new ArrayList<>();
        double step = mix.size() / (double) size;
        for (int i = 0; i < size; i++) {
            sampled.add(mix.get((int) (i * step)));
        }
        return sampled;
    }

    private static String describe(List<Query> mix) {
        StringBuilder counts = new StringBuilder();
        for (Kind kind : Kind.values()) {
            long count = mix.stream().filter(query -> query.kind() == kind).count();
            counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(kind.label);
        }
        return counts.toString();
    }

    /** What a query gives. */
    private enum Kind {
        NAME("name only"), NAME_AND_DOB("name and date of birth"), SSN("name and SSN"),
        LAST_FOUR("name and last four");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One query, as a search and as an intake check. */
    private record Query(Kind kind, ClientSearch search, ClientDetails details, long person) {
    }

    /** A measured call. */
    private record Call(String name, Consumer<Query> run) {
    }

    /**
     * One call's figures with some callers. {@code run} is the whole run's wall time: by Little's
     * law, callers times run over calls is the mean time a caller took per call, waiting between
     * calls included, which the mean of the calls' own wall times leaves out when the scheduler
     * makes a caller wait outside its calls. {@code machineBusy} is the machine's CPU time over the
     * run (-1 when unknown): over the calls, what one call costs the machine, database included.
     */
    private record Figures(String call, int callers, long[] wall, long[] cpu, long run, long machineBusy) {
        Figures(String call, int callers, long[][] times) {
            this(call, callers, times[0], times[1], times[2][0], times[2][1]);
        }

        String describe(Figures baseline) {
            String figures = String.format(Locale.ROOT, "%-12s %d caller(s), %,d calls: wall p50 %.3f ms, p99 %.3f ms, "
                    + "max %.3f ms, mean %.3f ms; %,.0f calls/s, a caller's time per call %.3f ms; "
                    + "CPU of the calling thread p50 %.3f ms, p99 %.3f ms", call, callers,
                    wall.length, p(50), p(99), wall[wall.length - 1] / 1e6, Arrays.stream(wall).average().orElse(0) / 1e6,
                    wall.length / (run / 1e9), callers * (run / 1e6) / wall.length,
                    DuplicateDetectionHarness.percentile(cpu, 50) / 1e6,
                    DuplicateDetectionHarness.percentile(cpu, 99) / 1e6)
                    + (machineBusy < 0 ? "" : String.format(Locale.ROOT, "; the machine's CPU per call %.3f ms",
                            machineBusy / 1e6 / wall.length));
            if (baseline == null) {
                return figures;
            }
            return figures + String.format(Locale.ROOT, "; wall ratio to the baseline clients: p50 %.2f, p99 %.2f",
                    p(50) / baseline.p(50), p(99) / baseline.p(99));
        }

        double p(int percentile) {
            return DuplicateDetectionHarness.percentile(wall, percentile) / 1e6;
        }
    }
}
