// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The head of household's exit while a member stays asks for the new head, beside the exit form. */
class HeadOfHouseholdExitTest {

    @Test
    void theHeadLeavingAMemberBehindNamesTheNewHeadOrIsToldTo() throws Exception {
        try (DemoServer server = DemoServer.start()) {
            HttpSession session = new HttpSession(server).signIn("dana");
            String rosa = firstMatch(session.get("/clients?q=rosa+diaz").body(), "<li><a href=\"/clients/([^\"/?]+)\">Rosa");
            String page = session.get("/clients/" + rosa + "/enrollments").body();
            String exit = firstMatch(page, "action=\"(/clients/[^\"]+/exit)\"");
            String mateosEnrollment = firstMatch(page, "<option value=\"([^\"]+)\"[^>]*>Mateo Díaz</option>");
            String form = "exitDate=" + LocalDate.now() + "&destination=RENTAL_WITH_SUBSIDY";

            HttpResponse<String> unnamed = session.post(exit, form);

            assertThat(unnamed.statusCode()).isEqualTo(200);
            assertThat(unnamed.body()).contains("id=\"error-newHead\"", "name the member who becomes the head")
                    .contains("<dt>Status</dt><dd>Open</dd>");

            HttpResponse<String> named = session.post(exit, form + "&newHead=" + mateosEnrollment);

            assertThat(named.statusCode()).isEqualTo(303);
            assertThat(session.get("/clients/" + rosa + "/enrollments").body()).contains("to Rental with subsidy")
                    .doesNotContain("New head of household");
        }
    }

    private static String firstMatch(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as("%s on the page", regex).isTrue();
        return matcher.group(1);
    }
}
