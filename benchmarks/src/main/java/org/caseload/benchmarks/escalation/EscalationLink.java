// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.escalation;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.caseload.benchmarks.storage.BenchmarkStorages;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.Permission;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.JdkHttpEndpoint;
import org.caseload.http.OrganizationEndpoints;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.InMemorySupportChannel;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;

/**
 * An organization's runtime and the vendor desk's, each over a storage of its own, joined either
 * by an {@link InMemorySupportChannel} or over loopback HTTP by {@link HttpSupportChannel}s and
 * {@link SupportEndpoint}s mounted in the JDK's server, with a credential the desk issued. Each
 * side's endpoint receives as that side's integration user. Close it after use.
 */
final class EscalationLink implements AutoCloseable {

    /** How the two runtimes are joined. */
    enum Transport {
        /** {@link InMemorySupportChannel#reliable()}: a call from one runtime into the other. */
        MEMORY,
        /** Signed HTTP on loopback through the JDK's client and server. */
        HTTP
    }

    static final String ORGANIZATION = "org-bench";
    static final String VENDOR = "vendor-bench";
    private static final Principal REPORTER = user("reporter", ORGANIZATION, Permission.TICKET_SUBMIT);
    private static final Principal ADMIN = user("admin", ORGANIZATION, Permission.TICKET_SUBMIT,
            Permission.TICKET_ADMINISTER);
    private static final Principal LINK = user("link", ORGANIZATION, Permission.SUPPORT_SYNC);
    private static final Principal DESK_LINK = user("desk-link", VENDOR, Permission.SUPPORT_DESK_SYNC);
    private static final Principal AGENT = user("agent", VENDOR, Permission.SUPPORT_DESK);
    private static final Principal KEY_ADMIN = user("keys", VENDOR, Permission.SUPPORT_DESK_CREDENTIALS);

    private final BenchmarkStorages storages;
    private final Storage organizationStorage;
    private final Storage vendorStorage;
    private final RunAs organizationIdentity = new RunAs();
    private final RunAs vendorIdentity = new RunAs();
    private final Caseload organization;
    private final Caseload vendor;
    private final List<HttpServer> servers = new ArrayList<>();
    private final Ticketing ticketing;
    private final TicketService tickets;
    private final SupportDesk desk;
    private final SupportDeskService service;
    private final AtomicLong receivedByDesk = new AtomicLong();
    private final AtomicLong receivedByOrganization = new AtomicLong();

    EscalationLink(Transport transport, BenchmarkStorages storages) {
        this.storages = storages;
        organizationStorage = storages.open();
        vendorStorage = storages.open();
        organization = Caseload.builder().storage(organizationStorage).identity(organizationIdentity)
                .keyProvider(new EphemeralKeyProvider()).build();
        // The vendor's keys seal its channel secrets too: random, for this run only.
        KeyProvider vendorKeys = new EphemeralKeyProvider();
        vendor = Caseload.builder().storage(vendorStorage).identity(vendorIdentity).keyProvider(vendorKeys).build();
        SupportChannel toDesk;
        SupportChannel toOrganizations;
        if (transport == Transport.MEMORY) {
            InMemorySupportChannel channel = InMemorySupportChannel.reliable()
                    .connectVendor(this::receiveAtDesk)
                    .connectOrganization(ORGANIZATION, this::receiveAtOrganization);
            toDesk = channel;
            toOrganizations = channel;
        } else {
            ChannelCredentials deskCredentials = ChannelCredentials.forDesk(vendor, vendorKeys);
            ChannelCredentials organizationCredentials = ChannelCredentials.forOrganization(ORGANIZATION,
                    vendorIdentity.call(KEY_ADMIN, () -> ChannelCredentials.service(vendor, vendorKeys)
                            .issue(new IssueChannelCredential(ORGANIZATION))).secret());
            String organizationPath = "/" + ORGANIZATION + "/support";
            URI deskUri = serve(SupportEndpoint.builder(vendor, deskCredentials, this::receiveAtDesk).build(),
                    SupportEndpoint.DEFAULT_PATH);
            URI organizationUri = serve(SupportEndpoint.builder(organization, organizationCredentials,
                    this::receiveAtOrganization).path(organizationPath).build(), organizationPath);
            toDesk = HttpSupportChannel.toDesk(deskUri, organizationCredentials).build();
            toOrganizations = HttpSupportChannel.toOrganizations(
                    OrganizationEndpoints.of(Map.of(ORGANIZATION, organizationUri)), deskCredentials).build();
        }
        ticketing = Ticketing.builder(organization, toDesk).build();
        tickets = ticketing.tickets();
        desk = SupportDesk.builder(vendor, toOrganizations).build();
        service = desk.service();
    }

    private static Principal user(String id, String organizationId, Permission... permissions) {
        Set<String> keys = new HashSet<>();
        for (Permission permission : permissions) {
            keys.add(permission.key());
        }
        return new Principal(id, id, organizationId, Set.of(), keys, Locale.US);
    }

    /** A loopback server holding {@code endpoint}, started; the endpoint's address. */
    private URI serve(SupportEndpoint endpoint, String path) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            JdkHttpEndpoint.mount(server, endpoint);
            server.start();
            servers.add(server);
            return URI.create("http://localhost:" + server.getAddress().getPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void receiveAtDesk(SupportMessage message) {
        vendorIdentity.run(DESK_LINK, () -> service.receive(message));
        receivedByDesk.incrementAndGet();
    }

    private void receiveAtOrganization(SupportMessage message) {
        organizationIdentity.run(LINK, () -> tickets.receive(message));
        receivedByOrganization.incrementAndGet();
    }

    /** The organization: a reporter submits an issue, the administrator escalates it; the ticket's id. */
    String submitAndEscalate(int number) {
        String id = organizationIdentity.call(REPORTER, () -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                "The intake summary of client " + number + " prints a blank page.",
                new TicketSource("client.intake", "intake-v3", null, "4.2.1", "Firefox/128.0"),
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL)))).id();
        organizationIdentity.run(ADMIN, () -> tickets.escalate(EscalateTicket.of(tickets.previewEscalation(id))));
        return id;
    }

    /**
     * The organization's outbox sent until empty: the escalations, and the reporter's
     * notifications (to the runtime's notifier, which drops them); how many it delivered.
     */
    int deliverFromOrganization() {
        int delivered = 0;
        for (int sent = ticketing.deliverPending(); sent > 0; sent = ticketing.deliverPending()) {
            delivered += sent;
        }
        return delivered;
    }

    /** At the desk, an agent triages the escalated ticket, shares a note with the organization and resolves it. */
    void workAtDesk(String ticketId) {
        vendorIdentity.run(AGENT, () -> {
            DeskTicket received = service.findByTicket(ORGANIZATION, ticketId).orElseThrow(
                    () -> new IllegalStateException("the desk never received ticket " + ticketId));
            DeskTicket triaged = service.triage(TriageDeskTicket.of(received, 3, Complexity.LOW, Impact.LOW,
                    Urgency.MEDIUM));
            service.addNote(AddDeskNote.shared(triaged.id(), "Fixed in 4.2.2; print from the client profile meanwhile."));
            service.changeStatus(ChangeDeskStatus.resolve(service.get(triaged.id()), "Fixed in 4.2.2."));
        });
    }

    /** The desk's outbox sent until empty; how many updates it delivered. */
    int deliverFromDesk() {
        int delivered = 0;
        for (int sent = desk.deliverPending(); sent > 0; sent = desk.deliverPending()) {
            delivered += sent;
        }
        return delivered;
    }

    /** The ticket's status as the organization sees it. */
    TicketStatus statusAtOrganization(String ticketId) {
        return organizationIdentity.call(ADMIN, () -> tickets.get(ticketId).status());
    }

    /** The desk ticket's status, for the check that the desk's side agrees. */
    DeskTicketStatus statusAtDesk(String ticketId) {
        return vendorIdentity.call(AGENT, () -> service.findByTicket(ORGANIZATION, ticketId).orElseThrow().status());
    }

    /** Dead letters on both sides together. */
    long deadLetters() {
        return ticketing.deliveryCounts().dead() + desk.deliveryCounts().dead();
    }

    /** Messages waiting to leave on either side, retries and held ones included. */
    long undelivered() {
        var organizationSide = ticketing.deliveryCounts();
        var deskSide = desk.deliveryCounts();
        return organizationSide.pending() + organizationSide.retrying() + organizationSide.held()
                + deskSide.pending() + deskSide.retrying() + deskSide.held();
    }

    long receivedByDesk() {
        return receivedByDesk.get();
    }

    long receivedByOrganization() {
        return receivedByOrganization.get();
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        organization.close();
        vendor.close();
        BenchmarkStorages.close(organizationStorage);
        BenchmarkStorages.close(vendorStorage);
    }
}
