// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Failures answer with a page in plain words: the right status, no internals. */
class ErrorPagesTest {

    @Test
    void aPageTheUserMayNotSeeIsAForbiddenPage() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpResponse<String> audit = new HttpSession(server).signIn("dana").get("/audit");

            assertThat(audit.statusCode()).isEqualTo(403);
            assertThat(audit.body()).contains("<h1>Not allowed</h1>", "You do not have access")
                    .doesNotContain("Exception", "audit.read");
        }
    }

    @Test
    void aRecordThatDoesNotExistIsANotFoundPage() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpResponse<String> missing = new HttpSession(server).signIn("dana").get("/clients/no-such-client");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<h1>Page not found</h1>").doesNotContain("no-such-client");
        }
    }

    @Test
    void anUnexpectedFailureIsAFriendlyPageWithAReferenceAndNoStackTrace() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpSession session = new HttpSession(server).signIn("dana");
            server.loseTheDatabase();

            HttpResponse<String> page = session.get("/clients?q=garcia");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("<h1>Something went wrong</h1>", "report it with the reference")
                    .doesNotContain("Exception", "at org.", "jdbc", "H2", "SQL");
        }
    }

    @Test
    void theScreenshotLibraryIsServedFromTheSite() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpResponse<String> script = new HttpSession(server).get("/static/vendor/html2canvas.min.js");

            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
            assertThat(script.body()).contains("html2canvas 1.4.1");
        }
    }
}
