// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import static org.caseload.examples.link.LinkParty.ADMIN;
import static org.caseload.examples.link.LinkParty.LINK;
import static org.caseload.examples.link.LinkParty.ORG;
import static org.caseload.examples.link.LinkParty.REPORTER;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReplyToVendor;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;

/**
 * The organization's process of {@link TwoProcessEscalationTest}: a runtime over its own H2 file
 * with the credential the desk issued, its endpoint on loopback. It submits and escalates every
 * ticket, answers each question of the desk, and prints {@code READY} when it serves and
 * {@code DONE} once every ticket is resolved and every message delivered; it stops when its
 * standard input closes.
 *
 * <p>Arguments: database folder, port, the desk's endpoint URI, number of tickets, secret file.
 */
public final class OrganizationProcess {

    static final String REPLY = "It fails on the intake screen, every time.";

    private OrganizationProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        URI desk = URI.create(args[2]);
        int tickets = Integer.parseInt(args[3]);
        List<String> secret = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
        try (LinkParty party = new LinkParty(folder)) {
            ChannelCredentials credentials = ChannelCredentials.forOrganization(ORG,
                    new ChannelSecret(secret.get(0), secret.get(1)));
            Ticketing ticketing = Ticketing.builder(party.caseload, HttpSupportChannel.toDesk(desk, credentials)
                    .requestTimeout(LinkParty.REQUEST_TIMEOUT).build()).retryPolicy(LinkParty.QUICK).build();
            TicketService service = ticketing.tickets();
            HttpServer server = LinkParty.serve(port, SupportEndpoint.builder(party.caseload, credentials,
                    message -> party.as(LINK, () -> {
                        service.receive(message);
                        return null;
                    })).path(LinkParty.ORG_PATH).build());
            System.out.println("READY");

            ScheduledExecutorService work = LinkParty.passes(() -> {
                party.as(ADMIN, () -> answerTheDesk(service));
                ticketing.deliverPending();
            }, ticketing::deliveryCounts, () -> party.as(ADMIN, () -> tickets(service, TicketStatus.RESOLVED)).size(),
                    tickets);
            for (int i = 1; i <= tickets; i++) {
                submitAndEscalate(party, service, i);
            }

            LinkParty.awaitStop(System.in);
            work.shutdown();
            work.awaitTermination(30, TimeUnit.SECONDS);
            server.stop(0);
        }
    }

    private static void submitAndEscalate(LinkParty party, TicketService service, int number) {
        Ticket ticket = party.as(REPORTER, () -> service.submit(SubmitTicket.of(TicketKind.ISSUE,
                "Saving an intake fails, case " + number + ".",
                new TicketSource("client-search", "intake-form", null, "4.2.0", "Mozilla/5.0 (X11)"),
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL))));
        party.as(ADMIN, () -> service.escalate(EscalateTicket.of(service.previewEscalation(ticket.id()))));
    }

    /** Replies to every question of the desk; a ticket changed meanwhile waits for the next pass. */
    private static Void answerTheDesk(TicketService service) {
        List<Ticket> waiting = service.queue(TicketQueueQuery.all().inStatus(TicketStatus.WAITING_ON_CUSTOMER)
                .page(0, TicketQueueQuery.MAX_LIMIT));
        for (Ticket ticket : waiting) {
            try {
                service.replyToVendor(ReplyToVendor.of(ticket, REPLY));
            } catch (ConcurrentModificationException changedMeanwhile) {
                // The next pass sees the ticket as it is now.
            }
        }
        return null;
    }

    /** Every ticket in any of the statuses (none: every ticket), page by page. */
    static List<Ticket> tickets(TicketService service, TicketStatus... statuses) {
        List<Ticket> all = new ArrayList<>();
        List<Ticket> page;
        do {
            page = service.queue(TicketQueueQuery.all().inStatus(statuses).page(all.size(), TicketQueueQuery.MAX_LIMIT));
            all.addAll(page);
        } while (page.size() == TicketQueueQuery.MAX_LIMIT);
        return all;
    }
}
