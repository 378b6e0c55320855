// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.caseload.examples.link.FaultProxy.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer target;

    @BeforeEach
    void startTarget() throws IOException {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Signature") + " " + body);
            byte[] answer = ("got " + body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Answer", "yes");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        target.start();
    }

    @AfterEach
    void stopTarget() {
        target.stop(0);
    }

    @Test
    void without_faults_the_request_and_its_answer_pass_unchanged() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(targetUri(), Map.of(), 1)) {
            HttpResponse<String> response = post(proxy, "/support/messages?x=1", "hello");

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo("got hello");
            assertThat(response.headers().firstValue("X-Answer")).contains("yes");
            assertThat(received).containsExactly("POST /support/messages?x=1 sig-1 hello");
            assertThat(proxy.requests()).isEqualTo(1);
        }
    }

    @Test
    void a_dropped_request_never_arrives_and_the_sender_sees_a_broken_connection() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(targetUri(), Map.of(Fault.DROP, 1.0), 1)) {
            assertThatThrownBy(() -> post(proxy, "/m", "lost")).isInstanceOf(IOException.class);
            assertThat(received).isEmpty();
            assertThat(proxy.injected()).containsEntry(Fault.DROP, 1L);
        }
    }

    @Test
    void a_reset_connection_hides_that_the_other_side_acted() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(targetUri(), Map.of(Fault.RESET, 1.0), 1)) {
            assertThatThrownBy(() -> post(proxy, "/m", "acted")).isInstanceOf(IOException.class);
            assertThat(received).containsExactly("POST /m sig-1 acted");
        }
    }

    @Test
    void a_duplicated_request_arrives_again_later() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(targetUri(), Map.of(Fault.DUPLICATE, 1.0), 1)) {
            assertThat(post(proxy, "/m", "twice").statusCode()).isEqualTo(202);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(received).containsExactly("POST /m sig-1 twice", "POST /m sig-1 twice");
        }
    }

    @Test
    void injected_errors_are_answered_by_the_proxy_alone() throws Exception {
        try (FaultProxy errors = FaultProxy.start(targetUri(), Map.of(Fault.SERVER_ERROR, 1.0), 1);
                FaultProxy limits = FaultProxy.start(targetUri(), Map.of(Fault.TOO_MANY_REQUESTS, 1.0), 1)) {
            assertThat(post(errors, "/m", "a").statusCode()).isEqualTo(500);
            assertThat(post(limits, "/m", "b").statusCode()).isEqualTo(429);
            assertThat(received).isEmpty();
        }
    }

    @Test
    void delayed_and_held_back_requests_still_arrive_once() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(targetUri(), Map.of(Fault.DELAY, 0.5, Fault.REORDER, 0.5), 7)) {
            for (int i = 0; i < 6; i++) {
                assertThat(post(proxy, "/m", "n" + i).statusCode()).isEqualTo(202);
            }
            assertThat(received).hasSize(6);
            assertThat(proxy.injected().get(Fault.DELAY) + proxy.injected().get(Fault.REORDER)).isEqualTo(6);
        }
    }

    @Test
    void rates_adding_up_to_more_than_one_are_refused() {
        assertThatThrownBy(() -> FaultProxy.start(targetUri(), Map.of(Fault.DROP, 0.6, Fault.RESET, 0.6), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
    }

    private URI targetUri() {
        return URI.create("http://127.0.0.1:" + target.getAddress().getPort());
    }

    private HttpResponse<String> post(FaultProxy proxy, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(proxy.address().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Signature", "sig-1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
