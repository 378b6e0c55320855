// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.examples.link.LinkParty.ADMIN;
import static org.caseload.examples.link.LinkParty.AGENT;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.caseload.core.outbox.DeliveryCounts;
import org.caseload.examples.link.FaultProxy.Fault;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.storage.desk.DeskHistoryRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organization and the vendor as two JVM processes, each over its own H2 file, talking over
 * loopback HTTP through a {@link FaultProxy} in each direction that drops, duplicates, reorders and
 * delays requests, resets connections and answers 500 and 429, each on about 7% of requests.
 * Every ticket is escalated, asked about by the desk, answered by the organization and resolved
 * by the desk. Afterwards, read from the two database files: every effect happened exactly once
 * and both sides hold the same state. The figures are printed.
 *
 * <p>{@code -Dcaseload.twoProcess.tickets=N} sets the number of tickets (200 by default).
 */
class TwoProcessEscalationTest {

    private static final int TICKETS = Integer.getInteger("caseload.twoProcess.tickets", 200);
    private static final double FAULT_RATE = 0.07;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    /** Refuses to send: the final reading only reads. */
    private static final SupportChannel READ_ONLY = message -> {
        throw new IllegalStateException("reading only");
    };

    @TempDir
    Path scratch;

    @Test
    void everyTicketGoesThereAndBackExactlyOnceAndBothSidesAgree() throws Exception {
        int deskPort = freePort();
        int orgPort = freePort();
        Path secret = scratch.resolve("org-a.secret");
        long started = System.nanoTime();
        try (FaultProxy toDesk = FaultProxy.everyFault(URI.create("http://127.0.0.1:" + deskPort), FAULT_RATE, 7);
             FaultProxy toOrganization = FaultProxy.everyFault(URI.create("http://127.0.0.1:" + orgPort),
                     FAULT_RATE, 11)) {
            List<Party> parties = new ArrayList<>();
            AssertionError failed = null;
            try {
                Party desk = Party.start(scratch, "desk", DeskProcess.class, scratch.resolve("desk-db").toString(),
                        Integer.toString(deskPort), toOrganization.address() + LinkParty.ORG_PATH,
                        Integer.toString(TICKETS), secret.toString());
                parties.add(desk);
                desk.await("READY");
                Party organization = Party.start(scratch, "organization", OrganizationProcess.class,
                        scratch.resolve("org-db").toString(), Integer.toString(orgPort),
                        toDesk.address() + SupportEndpoint.DEFAULT_PATH, Integer.toString(TICKETS), secret.toString());
                parties.add(organization);
                organization.await("DONE");
                desk.await("DONE");
            } catch (AssertionError notDone) {
                failed = notDone;
            }
            for (Party party : parties) {
                try {
                    party.stop();
                } catch (AssertionError notStopped) {
                    if (failed == null) {
                        failed = notStopped;
                    } else {
                        failed.addSuppressed(notStopped);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("two processes, %d tickets in %.1f s%n  to the desk: %s%n  to the organization: %s%n",
                    TICKETS, seconds, toDesk.report(), toOrganization.report());
            for (FaultProxy proxy : List.of(toDesk, toOrganization)) {
                for (Map.Entry<Fault, Long> injected : proxy.injected().entrySet()) {
                    assertThat(injected.getValue()).as("%s on at least 5%% of requests", injected.getKey())
                            .isGreaterThanOrEqualTo(proxy.requests() / 20);
                }
            }
        }
        Set<String> escalated = organizationSideHoldsEveryEffectOnce();
        deskSideHoldsEveryEffectOnce(escalated);
    }

    private Set<String> organizationSideHoldsEveryEffectOnce() {
        try (LinkParty party = new LinkParty(scratch.resolve("org-db"))) {
            Ticketing ticketing = Ticketing.builder(party.caseload, READ_ONLY).build();
            TicketService tickets = ticketing.tickets();
            assertNothingLeftToDeliver(ticketing.deliveryCounts());
            List<Ticket> all = party.as(ADMIN, () -> OrganizationProcess.tickets(tickets));
            assertThat(all).hasSize(TICKETS).allSatisfy(ticket -> {
                assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
                assertThat(ticket.escalationRound()).isEqualTo(1);
                List<TicketNote> notes = party.as(ADMIN, () -> tickets.notes(ticket.id()));
                assertThat(notes.stream().filter(note -> note.origin() == Origin.VENDOR).map(TicketNote::text))
                        .as("each of the desk's updates, once and in order").containsExactly(
                                "Support desk status: TRIAGED, tier 2", DeskProcess.QUESTION,
                                "Support desk status: WAITING_ON_CUSTOMER, tier 2",
                                "Support desk status: RESOLVED, tier 2. Resolution: " + DeskProcess.RESOLUTION);
                assertThat(notes.stream().filter(note -> note.text().contains(OrganizationProcess.REPLY)))
                        .as("the reply, kept once as a local note").hasSize(1);
            });
            return all.stream().map(Ticket::id).collect(Collectors.toSet());
        }
    }

    private void deskSideHoldsEveryEffectOnce(Set<String> escalated) {
        try (LinkParty party = new LinkParty(scratch.resolve("desk-db"))) {
            SupportDesk desk = SupportDesk.builder(party.caseload, READ_ONLY).build();
            SupportDeskService service = desk.service();
            assertNothingLeftToDeliver(desk.deliveryCounts());
            List<DeskTicket> all = party.as(AGENT, () -> DeskProcess.tickets(service, DeskQueue.all(1000)));
            assertThat(all).extracting(DeskTicket::ticketId).containsExactlyInAnyOrderElementsOf(escalated);
            assertThat(all).allSatisfy(ticket -> {
                assertThat(ticket.status()).isEqualTo(DeskTicketStatus.RESOLVED);
                assertThat(ticket.round()).isEqualTo(1);
                List<DeskNote> notes = party.as(AGENT, () -> service.notes(ticket.id()));
                assertThat(notes.stream().filter(DeskNote::fromOrganization).map(DeskNote::text))
                        .as("the organization's reply, once").containsExactly(OrganizationProcess.REPLY);
                assertThat(notes.stream().filter(note -> !note.fromOrganization()).map(DeskNote::text))
                        .as("the question, once").containsExactly(DeskProcess.QUESTION);
                assertThat(party.as(AGENT, () -> service.history(ticket.id())).stream()
                        .filter(event -> event.type() == DeskHistoryRecord.Type.RECEIVED))
                        .as("the escalation, received once").hasSize(1);
            });
        }
    }

    private static void assertNothingLeftToDeliver(DeliveryCounts counts) {
        assertThat(counts.pending()).as("messages still to deliver").isZero();
        assertThat(counts.dead()).as("dead letters").isZero();
        assertThat(counts.held()).as("messages held back").isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** One party's JVM: its output in files, its standard input open until it is to stop. */
    private record Party(String name, Process process, Path stdout, Path stderr) {

        static Party start(Path scratch, String name, Class<?> main, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(List.of(args));
            Path stdout = scratch.resolve(name + ".out");
            Path stderr = scratch.resolve(name + ".err");
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).start();
            return new Party(name, process, stdout, stderr);
        }

        /** Waits until the party prints the line; fails at once when it ends first. */
        void await(String line) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!Files.readAllLines(stdout, StandardCharsets.UTF_8).contains(line)) {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before " + line
                            + ":\n" + tail(stderr));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(name + " did not print " + line + " within " + PATIENCE + ":\n"
                            + tail(stderr));
                }
                Thread.sleep(100);
            }
        }

        /** Closes its standard input, its signal to stop, and waits for it to end. */
        void stop() throws IOException, InterruptedException {
            try (OutputStream in = process.getOutputStream()) {
                in.flush();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not stop within 60 s");
            }
            assertThat(process.exitValue()).as(name + " exit code; its errors:\n" + tail(stderr)).isZero();
        }

        private static String tail(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }
}
