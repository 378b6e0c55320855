// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser session without a browser: cookies kept, the CSRF token read from the last page. */
final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final DemoServer server;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;

    HttpSession(DemoServer server) {
        this.server = server;
    }

    /** Signs in as a demo user through the sign-in page's form. */
    HttpSession signIn(String userId) throws IOException, InterruptedException {
        get("/sign-in");
        assertThat(post("/sign-in", "user=" + userId).statusCode()).isEqualTo(303);
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            token = matcher.group(1);
        }
        return response;
    }

    /** Posts the form with the session's token. */
    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
