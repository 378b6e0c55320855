// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;

/**
 * An organization and the vendor's desk, each a runtime of its own over its own in-memory storage,
 * joined over loopback HTTP (or HTTPS) by {@link HttpSupportChannel}s and {@link SupportEndpoint}s
 * mounted in the JDK's server; the desk issued the organization's credential. One clock for both.
 * Close it after each test.
 */
final class HttpLink implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String ORG = "org-a";
    static final String VENDOR = "vendor";
    static final RetryPolicy PATIENT = RetryPolicy.defaults().withGiveUpAfter(Duration.ofDays(365));
    static final Principal DESK_LINK = TestUsers.builder("u-desk-link", VENDOR).named("Desk link")
            .roles(Role.DESK_LINK).build();
    static final Principal AGENT = TestUsers.builder("u-agent", VENDOR).named("Terry Tier-two")
            .roles(Role.SUPPORT_AGENT).build();
    static final Principal KEY_ADMIN = TestUsers.builder("u-keys", VENDOR).named("Kim Keys")
            .permissions("support.desk.credentials").build();
    static final Principal ADMIN = TestUsers.builder("u-admin", ORG).named("Ada Admin")
            .roles(Role.TICKET_ADMINISTRATOR).build();
    static final Principal REPORTER = TestUsers.builder("u-reporter", ORG).named("Riley Reporter")
            .roles(Role.TICKET_REPORTER).build();
    static final Principal LINK = TestUsers.builder("u-link", ORG).named("Support link")
            .roles(Role.SUPPORT_LINK).build();

    /** The host's key for sealing channel secrets. */
    static final KeyProvider KEYS = new KeyProvider() {
        private final DataKey key = new DataKey("channel-key-1", "0123456789abcdef0123456789abcdef".getBytes());

        @Override
        public DataKey current(KeyPurpose purpose) {
            return key;
        }

        @Override
        public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
            return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
        }
    };

    final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
    final InMemoryStorage vendorStorage = new InMemoryStorage();
    final InMemoryStorage orgStorage = new InMemoryStorage();
    final TestIdentity vendorIdentity = new TestIdentity();
    final TestIdentity orgIdentity = new TestIdentity();
    final Caseload vendor;
    final Caseload organization;
    final ChannelCredentialService credentialService;
    final IssuedChannelCredential issued;
    final HttpServer deskServer;
    final HttpServer orgServer;
    final SupportEndpoint deskEndpoint;
    final SupportEndpoint orgEndpoint;
    final URI deskUri;
    final URI orgUri;
    final SupportDesk desk;
    final SupportDeskService service;
    final Ticketing ticketing;
    final TicketService tickets;

    /** Over plain HTTP. */
    HttpLink() {
        this(null);
    }

    /** Over HTTPS with this context on both servers and both clients, or plain HTTP when null. */
    HttpLink(SSLContext tls) {
        vendor = Caseload.builder().storage(vendorStorage).identity(vendorIdentity).clock(clock).build();
        organization = Caseload.builder().storage(orgStorage).identity(orgIdentity).clock(clock).build();
        credentialService = ChannelCredentials.service(vendor, KEYS);
        issued = asVendor(KEY_ADMIN, () -> credentialService.issue(new IssueChannelCredential(ORG)));
        ChannelCredentials deskCredentials = ChannelCredentials.forDesk(vendor, KEYS);
        ChannelCredentials orgCredentials = ChannelCredentials.forOrganization(ORG, issued.secret());

        deskServer = server(tls);
        orgServer = server(tls);
        String scheme = tls == null ? "http" : "https";
        deskUri = URI.create(scheme + "://localhost:" + deskServer.getAddress().getPort()
                + SupportEndpoint.DEFAULT_PATH);
        orgUri = URI.create(scheme + "://localhost:" + orgServer.getAddress().getPort() + "/org-a/support");

        HttpSupportChannel.Builder toDesk = HttpSupportChannel.toDesk(deskUri, orgCredentials).clock(clock);
        HttpSupportChannel.Builder toOrganizations = HttpSupportChannel.toOrganizations(
                OrganizationEndpoints.of(Map.of(ORG, orgUri)), deskCredentials).clock(clock);
        if (tls != null) {
            toDesk.sslContext(tls);
            toOrganizations.sslContext(tls);
        }
        ticketing = Ticketing.builder(organization, toDesk.build()).retryPolicy(PATIENT).build();
        tickets = ticketing.tickets();
        desk = SupportDesk.builder(vendor, toOrganizations.build()).retryPolicy(PATIENT).build();
        service = desk.service();

        deskEndpoint = SupportEndpoint.builder(vendor, deskCredentials,
                message -> vendorIdentity.runAs(DESK_LINK, () -> service.receive(message))).build();
        orgEndpoint = SupportEndpoint.builder(organization, orgCredentials,
                message -> orgIdentity.runAs(LINK, () -> tickets.receive(message))).path("/org-a/support").build();
        JdkHttpEndpoint.mount(deskServer, deskEndpoint);
        JdkHttpEndpoint.mount(orgServer, orgEndpoint);
        deskServer.start();
        orgServer.start();
    }

    private static HttpServer server(SSLContext tls) {
        try {
            InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                return HttpServer.create(loopback, 0);
            }
            HttpsServer server = HttpsServer.create(loopback, 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T asVendor(Principal principal, Supplier<T> work) {
        return vendorIdentity.callAs(principal, work);
    }

    <T> T asOrganization(Principal principal, Supplier<T> work) {
        return orgIdentity.callAs(principal, work);
    }

    /** Submits an issue as the reporter and escalates it as the administrator; nothing sent yet. */
    Ticket submitAndEscalate(String description) {
        Ticket ticket = asOrganization(REPORTER, () -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE, description,
                new TicketSource("client-search", "intake-form", "client:42", "4.2.0", "Mozilla/5.0 (X11)"),
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL))));
        return asOrganization(ADMIN, () -> tickets.escalate(EscalateTicket.of(tickets.previewEscalation(ticket.id()))));
    }

    Storage vendorStorage() {
        return vendorStorage;
    }

    @Override
    public void close() {
        deskServer.stop(0);
        orgServer.stop(0);
        organization.close();
        vendor.close();
    }
}
