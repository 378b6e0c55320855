// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import static org.caseload.examples.link.LinkParty.AGENT;
import static org.caseload.examples.link.LinkParty.DESK_LINK;
import static org.caseload.examples.link.LinkParty.KEY_ADMIN;
import static org.caseload.examples.link.LinkParty.ORG;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.IssuedChannelCredential;
import org.caseload.http.OrganizationEndpoints;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;

/**
 * The vendor's process of {@link TwoProcessEscalationTest}: a desk over its own H2 file that issues
 * the organization's credential (written to a file for the organization's process), serves its
 * endpoint on loopback, and works every ticket as a scripted agent would: triage, a shared note
 * asking a question, wait on the organization; resolve once the organization has answered. It
 * prints {@code READY} when it serves, {@code DONE} once every ticket is resolved and every message
 * delivered, and stops when its standard input closes.
 *
 * <p>Arguments: database folder, port, the organization's endpoint URI, number of tickets, secret file.
 */
public final class DeskProcess {

    static final String QUESTION = "Which screen shows the failure?";
    static final String RESOLUTION = "Fixed in 4.2.1.";

    private DeskProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        URI organization = URI.create(args[2]);
        int tickets = Integer.parseInt(args[3]);
        Path secretFile = Path.of(args[4]);
        try (LinkParty party = new LinkParty(folder)) {
            IssuedChannelCredential issued = party.as(KEY_ADMIN, () -> ChannelCredentials
                    .service(party.caseload, party.keys).issue(new IssueChannelCredential(ORG)));
            Path written = Files.writeString(secretFile.resolveSibling(secretFile.getFileName() + ".tmp"),
                    issued.secret().credentialId() + "\n" + issued.secret().secret() + "\n", StandardCharsets.UTF_8);
            Files.move(written, secretFile, StandardCopyOption.ATOMIC_MOVE);

            ChannelCredentials credentials = ChannelCredentials.forDesk(party.caseload, party.keys);
            SupportDesk desk = SupportDesk.builder(party.caseload, HttpSupportChannel.toOrganizations(
                            OrganizationEndpoints.of(Map.of(ORG, organization)), credentials)
                    .requestTimeout(LinkParty.REQUEST_TIMEOUT).build())
                    .retryPolicy(LinkParty.QUICK).build();
            SupportDeskService service = desk.service();
            HttpServer server = LinkParty.serve(port, SupportEndpoint.builder(party.caseload, credentials,
                    message -> party.as(DESK_LINK, () -> {
                        service.receive(message);
                        return null;
                    })).build());
            System.out.println("READY");

            ScheduledExecutorService agent = LinkParty.passes(() -> {
                party.as(AGENT, () -> work(service));
                desk.deliverPending();
            }, desk::deliveryCounts, () -> party.as(AGENT, () -> tickets(service,
                    new DeskQueue(DeskTicketStatus.RESOLVED, null, 1000))).size(), tickets);

            LinkParty.awaitStop(System.in);
            agent.shutdown();
            agent.awaitTermination(30, TimeUnit.SECONDS);
            server.stop(0);
        }
    }

    /** One pass of the agent over the queue; a ticket changed meanwhile waits for the next pass. */
    private static Void work(SupportDeskService service) {
        for (DeskTicket received : service.queue(DeskQueue.untriaged())) {
            try {
                DeskTicket triaged = service.triage(TriageDeskTicket.of(received, 3, Complexity.MEDIUM, Impact.LOW,
                        Urgency.MEDIUM));
                service.addNote(AddDeskNote.shared(triaged.id(), QUESTION));
                service.changeStatus(ChangeDeskStatus.of(service.get(triaged.id()),
                        DeskTicketStatus.WAITING_ON_CUSTOMER));
            } catch (ConcurrentModificationException changedMeanwhile) {
                // The next pass sees the ticket as it is now.
            }
        }
        for (DeskTicket answered : service.queue(new DeskQueue(DeskTicketStatus.IN_PROGRESS, null, 100))) {
            try {
                service.changeStatus(ChangeDeskStatus.resolve(answered, RESOLUTION));
            } catch (ConcurrentModificationException changedMeanwhile) {
                // The next pass sees the ticket as it is now.
            }
        }
        return null;
    }

    /** Every ticket the query selects, page by page. */
    static List<DeskTicket> tickets(SupportDeskService service, DeskQueue first) {
        List<DeskTicket> all = new ArrayList<>();
        List<DeskTicket> page;
        DeskQueue query = first;
        do {
            page = service.queue(query);
            all.addAll(page);
            query = query.next();
        } while (page.size() == query.limit());
        return all;
    }
}
