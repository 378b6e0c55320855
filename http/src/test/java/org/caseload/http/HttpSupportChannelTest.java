// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the channel signs its requests and reads the other side's answers. */
class HttpSupportChannelTest {

    private static final ChannelSecret SECRET = new ChannelSecret("cred-1",
            "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I");

    private final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> answer = new AtomicReference<>("{}");
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final HttpServer server;
    private final HttpSupportChannel channel;

    HttpSupportChannelTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/desk/messages", exchange -> {
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            bodies.add(exchange.getRequestBody().readAllBytes());
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        channel = HttpSupportChannel.toDesk(URI.create("http://localhost:" + server.getAddress().getPort()
                + "/desk/messages"), ChannelCredentials.forOrganization("org-a", SECRET)).clock(clock).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SupportMessage.OrganizationReply reply(String id) {
        return new SupportMessage.OrganizationReply(id, "org-a", "t-1", clock.instant(), 1, "Ada", "It is printer 2.");
    }

    private void answer(int code, String body) {
        status.set(code);
        answer.set(body);
    }

    @Test
    void aRequestIsSignedOverItsMethodPathTimestampIdAndBody() {
        channel.send(reply("m-1"));

        Map<String, List<String>> sent = headers.get(0);
        byte[] body = bodies.get(0);
        assertThat(sent.get("Caseload-credential")).containsExactly("cred-1");
        assertThat(sent.get("Caseload-timestamp")).containsExactly(Long.toString(clock.instant().getEpochSecond()));
        assertThat(sent.get("Caseload-message-id")).containsExactly("m-1");
        assertThat(sent.get("Content-type")).containsExactly("application/json");
        String canonical = Signatures.canonical("POST", "/desk/messages", clock.instant().getEpochSecond(), "m-1",
                body);
        assertThat(Signatures.verify(java.util.Base64.getUrlDecoder().decode(SECRET.secret()), canonical,
                sent.get("Caseload-signature").get(0))).isTrue();
        assertThat(WireFormat.decode(body)).isEqualTo(reply("m-1"));
    }

    @Test
    void aClientErrorIsAPermanentRefusalWithTheEndpointsCode() {
        answer(400, "{\"code\":\"UNSUPPORTED_VERSION\",\"message\":\"version 1 is not supported\"}");
        assertThatThrownBy(() -> channel.send(reply("m-1")))
                .isInstanceOfSatisfying(PermanentDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNSUPPORTED_VERSION");
                    assertThat(e.getMessage()).contains("400").contains("version 1 is not supported");
                });

        answer(404, "<html>not here</html>");
        assertThatThrownBy(() -> channel.send(reply("m-1")))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("HTTP_404"));

        answer(403, "{\"code\":\"ORGANIZATION_MISMATCH\",\"message\":\"...\"}");
        assertThatThrownBy(() -> channel.send(reply("m-1")))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("ORGANIZATION_MISMATCH"));
    }

    @Test
    void timeoutsThrottlingAndServerErrorsAreRetried() {
        for (int code : new int[] {408, 429, 500, 502, 503}) {
            answer(code, "{\"code\":\"RETRY_LATER\",\"message\":\"busy\"}");
            assertThatThrownBy(() -> channel.send(reply("m-1"))).as("status %d", code)
                    .isNotInstanceOf(PermanentDeliveryException.class)
                    .isInstanceOfSatisfying(CaseloadException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SUPPORT_CHANNEL_FAILED));
        }
    }

    @Test
    void aRepeatTheEndpointAlreadyAcceptedCountsAsDelivered() {
        answer(401, "{\"code\":\"REPLAYED\",\"message\":\"message m-1 was accepted before\"}");
        assertThatCode(() -> channel.send(reply("m-1"))).doesNotThrowAnyException();

        answer(401, "{\"code\":\"SIGNATURE_INVALID\",\"message\":\"...\"}");
        assertThatThrownBy(() -> channel.send(reply("m-1"))).isInstanceOf(PermanentDeliveryException.class);
    }

    @Test
    void aConnectionRefusedIsRetried() {
        server.stop(0);
        assertThatThrownBy(() -> channel.send(reply("m-1")))
                .isNotInstanceOf(PermanentDeliveryException.class)
                .isInstanceOfSatisfying(CaseloadException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUPPORT_CHANNEL_FAILED));
    }

    @Test
    void anOrganizationsChannelSignsOnlyItsOwnMessages() {
        SupportMessage.OrganizationReply other = new SupportMessage.OrganizationReply("m-1", "org-b", "t-1",
                Instant.EPOCH, 1, "Ada", "text");
        assertThatThrownBy(() -> channel.send(other)).isInstanceOfSatisfying(PermanentDeliveryException.class,
                e -> assertThat(e.reason()).isEqualTo("ORGANIZATION_MISMATCH"));
        assertThat(bodies).isEmpty();
    }

    @Test
    void theDesksChannelRefusesAnOrganizationWithoutEndpoint() {
        HttpSupportChannel toOrganizations = HttpSupportChannel.toOrganizations(OrganizationEndpoints.of(Map.of()),
                ChannelCredentials.forOrganization("org-a", SECRET)).build();
        assertThatThrownBy(() -> toOrganizations.send(reply("m-1")))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("UNKNOWN_ORGANIZATION"));
    }

    @Test
    void settingsAreCheckedAtOnce() {
        assertThatThrownBy(() -> HttpSupportChannel.toDesk(URI.create("ftp://desk/"),
                ChannelCredentials.forOrganization("org-a", SECRET)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ftp://desk/");
        assertThatThrownBy(() -> HttpSupportChannel.toDesk(URI.create("https://desk/"),
                ChannelCredentials.forOrganization("org-a", SECRET)).requestTimeout(Duration.ZERO))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> new ChannelSecret("cred-1", "c2hvcnQ"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least 32")
                .hasMessageNotContaining("c2hvcnQ");
    }
}
