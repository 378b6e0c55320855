// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The security baseline of every response, checked over HTTP without a browser. */
class SecurityBaselineTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static DemoServer server;
    private HttpClient client;

    @BeforeAll
    static void start() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newBrowserSession() {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/sign-in", "/static/caseload.css", "/static/caseload.js", "/no-such-page",
                "/static/no-such-file.js")) {
            HttpResponse<String> response = get(path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> response = get("/sign-in");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("CASELOAD_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        // Plain http here; over https (or behind a proxy that says so) the cookie is Secure too.
        assertThat(cookie).doesNotContainIgnoringCase("Secure;");
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttps() throws Exception {
        // As a TLS-terminating proxy in front forwards it.
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/sign-in"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("CASELOAD_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRefusedWithAPage() throws Exception {
        get("/sign-in");
        HttpResponse<String> missing = post("/sign-in", "user=dana");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("<h1>Not allowed</h1>", "This form has expired");

        HttpResponse<String> wrong = post("/sign-in", "user=dana&_csrf=not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(403);

        assertThat(get("/clients").uri().getPath()).as("still signed out").isEqualTo("/sign-in");
    }

    @Test
    void aPostWithTheSessionsTokenIsServed() throws Exception {
        String token = token(get("/sign-in").body());
        HttpResponse<String> signedIn = post("/sign-in", "user=dana&_csrf=" + token);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        HttpResponse<String> page = get("/clients");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dana Reyes");
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        HttpResponse<String> before = get("/sign-in");
        String first = sessionCookie(before);
        HttpResponse<String> signedIn = post("/sign-in", "user=dana&_csrf=" + token(before.body()));
        assertThat(sessionCookie(signedIn)).isNotEqualTo(first);
    }

    @Test
    void anUnknownPageIsAFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>").doesNotContain("Exception", "at org.");
    }

    @Test
    void aMalformedRequestShowsNoServerDetails() throws Exception {
        // java.net.URI refuses this path, so it goes over a plain socket.
        URI site = server.uri("/");
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.getOutputStream().write(("GET /static/%zz HTTP/1.1\r\nHost: " + site.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).doesNotContain("Exception", "at org.", "jetty", "Jetty");
        }
    }

    @Test
    void noTemplateHasAnInlineScriptStyleOrEventHandler() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|<style|\\sstyle=|\\son[a-z]+=",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> templates = Files.walk(Path.of("src", "main", "jte"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher found = inline.matcher(Files.readString(template));
                assertThat(found.find()).as("%s has inline script or style", template).isFalse();
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient following = client;
        HttpResponse<String> response = following.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 303) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            return following.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page has a CSRF field").isTrue();
        return matcher.group(1);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("CASELOAD_SESSION="))
                .map(value -> value.substring(0, value.indexOf(';')))
                .findFirst().orElse("");
    }
}
