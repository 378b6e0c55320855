// SPDX-License-Identifier: Apache-2.0
package org.caseload.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.http.ChannelCredentialService;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk's endpoint as a servlet in an embedded Jetty 12 (EE 10), behind a context path. */
class SupportEndpointServletTest {

    private static final Principal DESK_LINK = TestUsers.builder("u-desk-link", "vendor").roles(Role.DESK_LINK)
            .build();
    private static final Principal AGENT = TestUsers.builder("u-agent", "vendor").roles(Role.SUPPORT_AGENT).build();
    private static final Principal KEY_ADMIN = TestUsers.builder("u-keys", "vendor")
            .permissions("support.desk.credentials").build();
    private static final KeyProvider KEYS = new KeyProvider() {
        private final DataKey key = new DataKey("k1", "0123456789abcdef0123456789abcdef".getBytes());

        @Override
        public DataKey current(KeyPurpose purpose) {
            return key;
        }

        @Override
        public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
            return Optional.of(key).filter(k -> k.id().equals(keyId));
        }
    };

    private final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
    private final TestIdentity identity = new TestIdentity();
    private final Caseload vendor = Caseload.builder().storage(new InMemoryStorage()).identity(identity).clock(clock)
            .build();
    private final SupportDeskService desk = SupportDesk.builder(vendor, message -> { }).build().service();
    private final ChannelCredentialService credentials = ChannelCredentials.service(vendor, KEYS);
    private final ChannelSecret secret = identity.callAs(KEY_ADMIN,
            () -> credentials.issue(new IssueChannelCredential("org-a"))).secret();
    private final Server server = new Server();
    private final URI uri;

    SupportEndpointServletTest() throws Exception {
        SupportEndpoint endpoint = SupportEndpoint.builder(vendor, ChannelCredentials.forDesk(vendor, KEYS),
                message -> identity.runAs(DESK_LINK, () -> desk.receive(message)))
                .path("/desk/caseload/support/messages").maxBodyBytes(4096).build();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/desk");
        context.addServlet(new ServletHolder(new SupportEndpointServlet(endpoint)), "/caseload/support/messages");
        server.setHandler(context);
        server.start();
        uri = URI.create("http://localhost:" + connector.getLocalPort() + "/desk/caseload/support/messages");
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        vendor.close();
    }

    private HttpSupportChannel channel(ChannelSecret signingSecret) {
        return HttpSupportChannel.toDesk(uri, ChannelCredentials.forOrganization("org-a", signingSecret))
                .clock(clock).build();
    }

    private SupportMessage.Escalation escalation(String summary) {
        return new SupportMessage.Escalation("m-1", "org-a", "t-1", clock.instant(), 1, "ISSUE", summary,
                "client-search", "4.2.0", "Ada Admin", null);
    }

    private boolean deskHasTheTicket() {
        return identity.callAs(AGENT, () -> desk.findByTicket("org-a", "t-1")).isPresent();
    }

    @Test
    void aSignedEscalationReachesTheDeskAndItsRepeatCountsAsDelivered() {
        channel(secret).send(escalation("Printing shows an empty page."));
        assertThat(deskHasTheTicket()).isTrue();

        channel(secret).send(escalation("Printing shows an empty page."));
    }

    @Test
    void aForgedRequestIsRefusedForGoodAndChangesNothing() {
        ChannelSecret forged = new ChannelSecret(secret.credentialId(), "B".repeat(43));

        assertThatThrownBy(() -> channel(forged).send(escalation("Printing shows an empty page.")))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("SIGNATURE_INVALID"));
        assertThat(deskHasTheTicket()).isFalse();
    }

    @Test
    void anOversizedRequestIsRefusedForGood() {
        assertThatThrownBy(() -> channel(secret).send(escalation("x".repeat(5000))))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("BODY_TOO_LARGE"));
        assertThat(deskHasTheTicket()).isFalse();
    }
}
