// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.escalation;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.caseload.benchmarks.escalation.EscalationLink.Transport;
import org.caseload.benchmarks.storage.BenchmarkStorages;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * Escalation end to end, over the in-memory channel (the baseline) and over loopback HTTP, in the
 * same run. N tickets take each step together: the organization submits and escalates every one,
 * its outbox is delivered to the desk ({@code Ticketing.deliverPending}), the desk triages each,
 * shares a note and resolves it, and the desk's outbox is delivered back
 * ({@code SupportDesk.deliverPending}), after which the organization sees every ticket resolved.
 * Only these steps are timed; building the runtimes and checking the round are not. After a
 * warm-up round of
 * each, the transports take turns for the measured rounds, each round on two new runtimes. A
 * round counts only if every ticket is resolved on both sides, nothing is left undelivered or dead,
 * and each side received exactly the messages the other delivered: one escalation and three
 * updates a ticket.
 *
 * <p>Arguments: {@code --tickets N} (1000), {@code --rounds R} per transport (3),
 * {@code --warmup W} rounds per transport (1), {@code --storage MEMORY|H2} (MEMORY).
 */
public final class EscalationLinkHarness {

    static {
        // The JDK's server leaves Nagle's algorithm on unless told: with it, each small answer
        // waits for the client's delayed acknowledgement, about 40 ms a message on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /**
     * One measured round: its wall times in nanoseconds, the CPU time the whole process spent
     * meanwhile (both runtimes, the HTTP server's and client's threads, the collector), and the
     * messages that crossed.
     */
    record Round(Transport transport, int tickets, long totalNanos, long deliveryNanos, long cpuNanos,
                 long messages) {

        double escalationsPerSecond() {
            return tickets / (totalNanos / 1e9);
        }

        double deliveryMicrosPerMessage() {
            return deliveryNanos / 1e3 / messages;
        }
    }

    private EscalationLinkHarness() {
    }

    public static void main(String[] args) {
        int tickets = 1000;
        int rounds = 3;
        int warmup = 1;
        BenchmarkStorages storage = BenchmarkStorages.MEMORY;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tickets" -> tickets = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--storage" -> storage = BenchmarkStorages.valueOf(args[++i].toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; expected --tickets N, --rounds R, --warmup W, --storage MEMORY|H2");
            }
        }
        System.out.printf(Locale.ROOT, "%d tickets a round, storage %s, %d warm-up and %d measured rounds per"
                + " transport, load average %.1f%n", tickets, storage, warmup, rounds, loadAverage());
        for (int i = 0; i < warmup; i++) {
            for (Transport transport : Transport.values()) {
                report("warm-up", run(transport, storage, tickets));
            }
        }
        Map<Transport, List<Round>> measured = new EnumMap<>(Transport.class);
        for (int i = 0; i < rounds; i++) {
            for (Transport transport : Transport.values()) {
                Round round = run(transport, storage, tickets);
                report("round " + (i + 1), round);
                measured.computeIfAbsent(transport, any -> new ArrayList<>()).add(round);
            }
        }
        summarize(measured.get(Transport.MEMORY), measured.get(Transport.HTTP));
        System.out.printf(Locale.ROOT, "load average at the end %.1f%n", loadAverage());
    }

    /** One round on two new runtimes, checked before its figures are kept. */
    static Round run(Transport transport, BenchmarkStorages storage, int tickets) {
        System.gc();
        try (EscalationLink link = new EscalationLink(transport, storage)) {
            List<String> ids = new ArrayList<>(tickets);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < tickets; i++) {
                ids.add(link.submitAndEscalate(i));
            }
            long beforeOut = System.nanoTime();
            link.deliverFromOrganization();
            long afterOut = System.nanoTime();
            ids.forEach(link::workAtDesk);
            long beforeBack = System.nanoTime();
            int updates = link.deliverFromDesk();
            long end = System.nanoTime();
            long cpuEnd = processCpuNanos();
            long messages = link.receivedByDesk() + link.receivedByOrganization();
            check(link, ids, updates);
            return new Round(transport, tickets, end - start, (afterOut - beforeOut) + (end - beforeBack),
                    cpuEnd - cpuStart, messages);
        }
    }

    private static void check(EscalationLink link, List<String> ids, int updates) {
        List<String> failures = new ArrayList<>();
        // Per ticket: the desk's status after triage, its shared note, its resolution.
        if (updates != 3L * ids.size() || link.receivedByOrganization() != updates) {
            failures.add(3L * ids.size() + " updates expected, " + updates + " delivered, "
                    + link.receivedByOrganization() + " received by the organization");
        }
        // The reporter's notifications of the desk's updates, still queued at the organization.
        link.deliverFromOrganization();
        if (link.receivedByDesk() != ids.size()) {
            failures.add(ids.size() + " escalated, " + link.receivedByDesk() + " received by the desk");
        }
        long unresolved = ids.stream().filter(id -> link.statusAtOrganization(id) != TicketStatus.RESOLVED).count();
        long openAtDesk = ids.stream().filter(id -> link.statusAtDesk(id) != DeskTicketStatus.RESOLVED).count();
        if (unresolved > 0 || openAtDesk > 0) {
            failures.add(unresolved + " tickets not resolved at the organization, " + openAtDesk + " at the desk");
        }
        if (link.deadLetters() > 0 || link.undelivered() > 0) {
            failures.add(link.deadLetters() + " dead letters, " + link.undelivered() + " messages undelivered");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("broken round, figures discarded: " + String.join("; ", failures));
        }
    }

    private static void report(String label, Round round) {
        System.out.printf(Locale.ROOT, "%-8s %-6s %,8.0f ms %,8.0f escalations/s  delivery %,8.0f ms"
                        + " for %,d messages (%,.0f µs each)  CPU %,8.0f ms  checked%n", label, round.transport(),
                round.totalNanos() / 1e6, round.escalationsPerSecond(), round.deliveryNanos() / 1e6,
                round.messages(), round.deliveryMicrosPerMessage(), round.cpuNanos() / 1e6);
    }

    /** The medians of each transport's rounds, side by side, and what HTTP adds. */
    private static void summarize(List<Round> memory, List<Round> http) {
        Round baseline = median(memory);
        Round overHttp = median(http);
        System.out.println();
        System.out.println("| transport | tickets | messages | end to end (median) | escalations/s | delivery | "
                + "delivery per message | process CPU |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Round round : List.of(baseline, overHttp)) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,.0f ms | %,.0f | %,.0f ms | %,.0f µs | %,.0f ms |%n",
                    round.transport(), round.tickets(), round.messages(), round.totalNanos() / 1e6,
                    round.escalationsPerSecond(), round.deliveryNanos() / 1e6, round.deliveryMicrosPerMessage(),
                    round.cpuNanos() / 1e6);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "HTTP / memory, escalations per second: %.2f%n",
                overHttp.escalationsPerSecond() / baseline.escalationsPerSecond());
        System.out.printf(Locale.ROOT, "added latency per message over loopback HTTP: %,.0f µs "
                        + "((%,.0f ms - %,.0f ms) / %,d messages)%n",
                (overHttp.totalNanos() - baseline.totalNanos()) / 1e3 / overHttp.messages(),
                overHttp.totalNanos() / 1e6, baseline.totalNanos() / 1e6, overHttp.messages());
        System.out.printf(Locale.ROOT, "added CPU per message (process, medians of each transport's rounds): %,.0f µs%n",
                (median(http, Round::cpuNanos) - median(memory, Round::cpuNanos)) / 1e3 / overHttp.messages());
    }

    /** The round of median end-to-end time (the upper one of an even count). */
    private static Round median(List<Round> rounds) {
        List<Round> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> Long.compare(a.totalNanos(), b.totalNanos()));
        return sorted.get(sorted.size() / 2);
    }

    private static long median(List<Round> rounds, ToLongFunction<Round> value) {
        long[] values = rounds.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
