// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void anActionAlreadyDoneIsAConflictPageNotAFailure() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpSession session = new HttpSession(server).signIn("dana");
            // Mateo is a member, not the head: his exit names no new head.
            String mateo = firstMatch(session.get("/clients?q=mateo+diaz").body(), "<li><a href=\"/clients/([^\"/?]+)\">Mateo");
            String exit = firstMatch(session.get("/clients/" + mateo + "/enrollments").body(),
                    "action=\"(/clients/[^\"]+/exit)\"");
            String form = "exitDate=" + LocalDate.now() + "&destination=RENTAL_WITH_SUBSIDY";

            assertThat(session.post(exit, form).statusCode()).isEqualTo(303);
            HttpResponse<String> again = session.post(exit, form);

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("<h1>Changed meanwhile</h1>", "may have been done already")
                    .doesNotContain("Exception");
        }
    }

    private static String firstMatch(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as("%s on the page", regex).isTrue();
        return matcher.group(1);
    }

    @Test
    void anUnexpectedFailureIsAFriendlyPageWithAReferenceAndNoStackTrace() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpSession session = new HttpSession(server).signIn("dana");
            server.loseTheDatabase();

            HttpResponse<String> page = session.get("/clients?q=garcia");

            assertThat(page.statusCode()).isEqualTo(500);
            // The page's random CSRF token may hold any letters ("H2" among them): only the rest is read.
            String shown = page.body().replaceAll("value=\"[^\"]*\"", "value=\"\"");
            assertThat(shown).contains("<h1>Something went wrong</h1>", "report it with the reference")
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
