// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.ticketing.TicketNotEscalatedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The framework-neutral endpoint: how the receiver's failures are answered, and its settings. */
class SupportEndpointTest {

    private static final ChannelSecret SECRET = new ChannelSecret("cred-1",
            "c2VjcmV0LWZvci10ZXN0LXZlY3Rvci1vbmUtMDAwMDA");

    private final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
    private final Caseload runtime = Caseload.builder().storage(new InMemoryStorage()).identity(new TestIdentity())
            .clock(clock).build();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final SupportEndpoint endpoint = SupportEndpoint.builder(runtime,
            ChannelCredentials.forOrganization("org-a", SECRET), message -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
            }).path("/org-a/support").build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private EndpointResponse post(String messageId) {
        SupportMessage.VendorNote note = new SupportMessage.VendorNote(messageId, "org-a", "t-1", clock.instant(), 1,
                1, "Terry", "A note.");
        byte[] body = WireFormat.encode(note);
        long timestamp = clock.instant().getEpochSecond();
        String signature = Signatures.sign(SECRET.key(),
                Signatures.canonical("POST", "/org-a/support", timestamp, messageId, body));
        return endpoint.handle(new EndpointRequest("POST", "/org-a/support", Map.of(
                "caseload-credential", List.of("cred-1"), "CASELOAD-TIMESTAMP", List.of(Long.toString(timestamp)),
                "Caseload-Message-Id", List.of(messageId), "Caseload-Signature", List.of(signature)), body));
    }

    private static String code(EndpointResponse response) {
        return WireFormat.readError(response.body())[0];
    }

    @Test
    void headerNamesAreComparedWithoutCase() {
        EndpointResponse response = post("m-1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(WireFormat.acknowledged(response.body())).isEqualTo("m-1");
    }

    @Test
    void theReceiversRefusalIsPermanentItsPassingFailuresAreNotAndNeitherIsRemembered() {
        failure.set(new TicketNotEscalatedException("t-1", "never escalated"));
        EndpointResponse refused = post("m-1");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("MESSAGE_REFUSED");
        assertThat(refused.text()).contains("SUPPORT_TICKET_NOT_ESCALATED");

        failure.set(new NotFoundException("round 2 of the desk ticket of ticket", "t-1"));
        EndpointResponse notYet = post("m-1");
        assertThat(notYet.status()).as("an update may overtake its escalation").isEqualTo(503);
        assertThat(code(notYet)).isEqualTo("RETRY_LATER");

        failure.set(new ConcurrentModificationException("ticket", "t-1", 3));
        assertThat(post("m-1").status()).isEqualTo(503);

        failure.set(new IllegalStateException("the host's bug, with a detail"));
        EndpointResponse failed = post("m-1");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(code(failed)).isEqualTo("RECEIVER_FAILED");
        assertThat(failed.text()).doesNotContain("detail");

        failure.set(null);
        assertThat(post("m-1").status()).as("a refused message id is not a repeat").isEqualTo(200);
        assertThat(code(post("m-1"))).isEqualTo("REPLAYED");
    }

    @Test
    void anAcceptedIdIsForgottenOnlyAfterTwiceTheWindow() {
        assertThat(post("m-1").status()).isEqualTo(200);
        clock.advance(SupportEndpoint.DEFAULT_WINDOW);
        assertThat(code(post("m-1"))).isEqualTo("REPLAYED");
        clock.advance(SupportEndpoint.DEFAULT_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(post("m-1").status()).isEqualTo(200);
    }

    @Test
    void aBodyReadFromAStreamStopsAtTheLimit() throws Exception {
        byte[] large = new byte[(int) SupportEndpoint.DEFAULT_MAX_BODY_BYTES + 10];
        EndpointResponse response = endpoint.handle("POST", "/org-a/support", Map.of(), -1,
                new java.io.ByteArrayInputStream(large));
        assertThat(response.status()).isEqualTo(413);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("BODY_TOO_LARGE");
    }

    @Test
    void settingsAreCheckedAtOnce() {
        assertThatThrownBy(() -> SupportEndpoint.builder(runtime, ChannelCredentials.forOrganization("org-a", SECRET),
                message -> { }).window(Duration.ofHours(2))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("PT2H");
        assertThatThrownBy(() -> SupportEndpoint.builder(runtime, ChannelCredentials.forOrganization("org-a", SECRET),
                message -> { }).path("caseload")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> ChannelCredentials.forOrganization("org-a", SECRET, SECRET))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("given twice");
    }
}
