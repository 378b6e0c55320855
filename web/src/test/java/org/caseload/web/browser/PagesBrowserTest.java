// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every client page opens for the users who use it, and passes the page checks. */
class PagesBrowserTest extends BrowserTest {

    @Test
    void aCaseWorkersPagesOfAClient() {
        signInAs("dana");
        String rosa = clientIdFound("Rosa Diaz");
        for (String page : new String[] {"", "/household", "/enrollments", "/notes", "/services", "/forms",
                "/forms/housing-intake", "/duplicates", "/consent"}) {
            visit("/clients/" + rosa + page, "client" + page.replace('/', '-'));
            assertThat(browser.getTitle()).doesNotContain("Something went wrong");
        }
        visit("/clients/new", "client-intake");
        visit("/clients?q=garcia", "client-search-results");
    }

    @Test
    void everyDemoUserLandsOnAPageTheyMayOpen() {
        for (String user : new String[] {"dana", "lee", "sam", "morgan", "vic"}) {
            signInAs(user);
            checkPage("start-" + user);
            assertThat(browser.getTitle()).as(user).doesNotContain("Not allowed").doesNotContain("Something went wrong");
        }
    }

    @Test
    void aLocalAdministratorsPages() {
        signInAs("lee");
        visit("/sharing", "sharing-agreements");
        visit("/audit", "audit");
        assertThat(mainText()).contains("client.register");
    }
}
