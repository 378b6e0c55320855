// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.caseload.benchmarks.generator.HmisClientGenerator;
import org.caseload.benchmarks.matching.DuplicateDetectionHarness.Row;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisterClients;
import org.caseload.core.Caseload;
import org.caseload.spi.storage.Storage;

/**
 * One kind of reading call, repeated, against many clients in memory: for telling which kind of
 * call leaves work for the garbage collector (old objects written with references to young ones,
 * objects that outlive their call). Loads {@code --clients} generated clients, then runs
 * {@code --call} ({@code get}, {@code search}, {@code check}, or {@code garbage}: young garbage and nothing else, the control) for
 * {@code --seconds} on one thread and prints how many calls ran. Run it with
 * {@code -Xlog:gc+phases=debug} and compare the pauses and their scanned cards between kinds.
 *
 * <p>Usage: {@code CallKindProbe [--clients 300000] [--call search] [--seconds 30] [--seed 1]}
 */
public final class CallKindProbe {

    /** Where the control's garbage goes, so that it is allocated. */
    private static volatile Object sink;

    private CallKindProbe() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 300_000;
        String kind = "search";
        int seconds = 30;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--call" -> kind = args[++i];
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: CallKindProbe [--clients N] [--call get|search|check|garbage] "
                            + "[--seconds S] [--seed S]");
                    System.exit(2);
                }
            }
        }
        List<Row> rows = DuplicateDetectionHarness.map(
                HmisClientGenerator.generate(seed, clients, HmisClientGenerator.Setting.STANDARD).records());
        Storage storage = org.caseload.benchmarks.storage.BenchmarkStorages.MEMORY.open();
        try (Caseload caseload = SearchLatencyHarness.caseload(storage)) {
            List<String> ids = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += 10_000) {
                List<RegisterClient> chunk = rows.subList(from, Math.min(rows.size(), from + 10_000)).stream()
                        .map(row -> new RegisterClient(row.details(), List.of())).toList();
                ids.addAll(caseload.clients().registerAll(new RegisterClients(chunk, null, null)).clientIds());
            }
            IntConsumer call = call(caseload, kind, rows, ids);
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 2_000; i++) {
                call.accept(random.nextInt(rows.size())); // warm-up
            }
            System.gc();
            System.out.printf(Locale.ROOT, "loaded %,d clients; running %s for %d s%n", ids.size(), kind, seconds);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long calls = 0;
            while (System.nanoTime() < end) {
                call.accept(random.nextInt(rows.size()));
                calls++;
            }
            System.out.printf(Locale.ROOT, "%s: %,d calls in %d s (%,.0f calls/s)%n", kind, calls, seconds,
                    calls / (double) seconds);
        } finally {
            org.caseload.benchmarks.storage.BenchmarkStorages.close(storage);
        }
    }

    private static IntConsumer call(Caseload caseload, String kind, List<Row> rows, List<String> ids) {
        return switch (kind) {
            case "get" -> i -> caseload.clients().get(ids.get(i));
            case "search" -> i -> caseload.clients().search(ClientSearch.text(name(rows.get(i).details())));
            case "check" -> i -> caseload.duplicates().check(ClientDetails.named(
                    rows.get(i).details().firstName(), rows.get(i).details().lastName()));
            case "garbage" -> i -> sink = new byte[1_024 + i % 1_024];
            default -> throw new IllegalArgumentException("unknown call " + kind);
        };
    }

    private static String name(ClientDetails details) {
        return (details.firstName() == null ? "" : details.firstName()) + " "
                + (details.lastName() == null ? "x" : details.lastName());
    }
}
