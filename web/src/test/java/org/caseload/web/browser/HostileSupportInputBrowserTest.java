// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hostile input in every field of the support pages' forms (the ticket form, notes, the
 * administrator's actions, the escalation, the desk's forms, the knowledge base's search and
 * rating): each value is shown escaped or refused beside its field, never a failure page; then every
 * support page is visited again, as each user, to show that nothing stored runs as markup.
 */
class HostileSupportInputBrowserTest extends BrowserTest {

    /** The refused values first: an accepted one may change a ticket so that its form is gone. */
    private static final List<String> HOSTILE = List.of(
            "x".repeat(20_000),
            "right\u202Eto left",
            "zero\u200Bwidth",
            "<script>alert(1)</script>",
            "\"'><img src=x onerror=alert(1)>",
            "quotes \" ' ` and a back\\slash");

    @Test
    void hostileValuesAreEscapedOrRefusedInEveryFieldAndNeverRunLater() throws Exception {
        signInAs("dana");
        String form = "/tickets/new?kind=issue&screen=client.search";
        for (String field : List.of("description", "name", "email", "phone", "screenshot", "page", "kind", "screen",
                "suggestion")) {
            sendEach(form, "#ticket-form", field, "A printout is blank.");
        }
        visit("/tickets/new?kind=issue&screen=client.search", "hostile-ticket-form");
        field("description").sendKeys("Ticket for hostile notes " + HOSTILE.get(4));
        SupportBrowserTest.clickAndLoad(By.cssSelector("#ticket-form button[type=submit]"));
        waitFor(By.id("ticket-status"));
        String ticket = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        sendEach("/tickets/" + ticket, "form.note-form", "note", null);

        signInAs("lee");
        sendEach("/tickets/" + ticket, "form.note-form", "visibility", "A note.");
        sendEach("/tickets/" + ticket, "form[action$='/escalate'], form[action$='/resolve']", "resolution", null);
        sendEach("/tickets/" + ticket + "/escalate", "form[action$='/escalate']", "version", null);
        sendEach("/tickets/" + ticket + "/escalate", "form[action$='/escalate']", "sendScreenshot", null);
        visit("/ticket-queue?status=ESCALATED", "hostile-queue-escalated");
        SupportBrowserTest.clickAndLoad(By.cssSelector("tr[data-ticket] a"));
        waitFor(By.id("ticket-status"));
        String escalated = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        sendEach("/tickets/" + escalated, "form[action$='/share-with-vendor']", "share", null);

        signInAs("vic");
        SupportBrowserTest.eventually(() -> {
            visit("/desk?queue=all", "hostile-desk-all");
            return !browser.findElements(By.cssSelector("tr[data-ticket='" + escalated + "']")).isEmpty();
        });
        SupportBrowserTest.clickAndLoad(By.cssSelector("tr[data-ticket='" + escalated + "'] a"));
        waitFor(By.id("desk-status"));
        String desk = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        for (String field : List.of("severity", "complexity", "impact", "urgency")) {
            sendEach("/desk/" + desk, "form.triage-form", field, null);
        }
        sendEach("/desk/" + desk, "form[action$='/notes']", "note", null);
        sendEach("/desk/" + desk, "form[action$='/notes']", "visibility", "A note for the desk.");
        sendEach("/desk/" + desk, "form[action$='/status']", "status", null);
        visit("/desk/" + desk, "hostile-desk-triage");
        SupportBrowserTest.clickAndLoad(By.id("desk-triage"));
        waitFor(By.id("desk-status"));
        sendEach("/desk/" + desk, "form[action$='/status']", "resolution", null);
        visit("/desk/" + desk, "hostile-desk-wait");
        new Select(browser.findElement(By.id("field-status"))).selectByValue("WAITING_ON_CUSTOMER");
        SupportBrowserTest.clickAndLoad(By.id("desk-change-status"));
        waitFor(By.id("desk-status"));
        assertThat(browser.findElement(By.id("desk-status")).getText())
                .as(() -> browser.findElement(By.tagName("main")).getText()).isEqualTo("waiting on customer");

        signInAs("lee");
        SupportBrowserTest.eventually(() -> {
            visit("/tickets/" + escalated, "hostile-waiting");
            return !browser.findElements(By.cssSelector("form[action$='/reply-to-vendor']")).isEmpty();
        });
        sendEach("/tickets/" + escalated, "form[action$='/reply-to-vendor']", "reply", null);
        sendEach("/tickets/" + escalated, "form[action$='/withdraw']", "reason", null);

        signInAs("sam");
        for (String value : HOSTILE) {
            String path = "/help?q=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            assertThat(statusOf(path)).as("status of the search for %.40s", value).isLessThan(500);
            if (value.length() < 1_000) {
                browser.get(server.uri(path).toString());
                assertNothingRuns();
            }
        }
        sendEach("/help/articles/client-search", "form[action$='/rating']", "comment", null);
        sendEach("/help/articles/client-search", "form[action$='/rating']", "helpful", null);

        for (String user : List.of("dana", "lee", "sam", "morgan", "vic")) {
            signInAs(user);
            for (String path : List.of("/tickets", "/tickets/" + ticket, "/tickets/" + escalated, "/ticket-queue",
                    "/desk?queue=all", "/desk/" + desk, "/help?q=alert", "/help/articles/client-search")) {
                browser.get(server.uri(path).toString());
                assertNothingRuns();
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isNotEqualTo("Something went wrong");
            }
        }
        signInAs("lee");
        visit("/tickets/" + ticket, "hostile-ticket-revisited");
        assertThat(browser.findElement(By.id("ticket-description")).getText()).contains(HOSTILE.get(4));
        signInAs("vic");
        visit("/desk/" + desk, "hostile-desk-revisited");
        assertThat(browser.findElement(By.id("desk-notes")).getText()).contains(HOSTILE.get(3));
    }

    /**
     * Sends the form once for each hostile value in the field (other fields as the page has them,
     * or {@code filler} in the form's text area), and checks the answer: no failure page, nothing
     * injected, and a refused value's message beside its field.
     */
    private static void sendEach(String page, String formSelector, String field, String filler) {
        for (String value : HOSTILE) {
            browser.get(server.uri(page).toString());
            WebElement before = browser.findElement(By.tagName("html"));
            Object sent = SupportBrowserTest.script(
                    "var form = document.querySelector(arguments[0]), name = arguments[1], value = arguments[2],"
                            + "  filler = arguments[3];"
                            + "if (!form) { return false; }"
                            + "var fields = Array.prototype.slice.call(form.querySelectorAll('[name=\"' + name + '\"]'));"
                            + "if (fields.length === 0) { var extra = document.createElement('input');"
                            + "  extra.type = 'hidden'; extra.name = name; form.appendChild(extra); fields = [extra]; }"
                            + "fields.forEach(function (f) {"
                            + "  if (f.tagName === 'SELECT') { var o = document.createElement('option'); o.value = value;"
                            + "    o.textContent = 'hostile'; f.appendChild(o); }"
                            + "  if (f.type === 'radio' || f.type === 'checkbox') { f.checked = true; }"
                            + "  f.value = value; });"
                            + "if (filler) { form.querySelectorAll('textarea').forEach(function (t) {"
                            + "  if (t.name !== name && !t.value) { t.value = filler; } }); }"
                            + "HTMLFormElement.prototype.submit.call(form); return true;",
                    formSelector, field, value, filler);
            if (!Boolean.TRUE.equals(sent)) {
                // An accepted value changed the ticket, and the form is gone: its state allows no more.
                return;
            }
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
            waitFor(By.tagName("h1"));
            String title = browser.findElement(By.tagName("h1")).getText();
            assertThat(title).as("%s %s = %.40s", page, field, value).isNotEqualTo("Something went wrong");
            assertNothingRuns();
            boolean refused = value.length() > 5_000 || value.contains("\u202E") || value.contains("\u200B");
            if (refused && List.of("description", "name", "email", "phone", "note", "resolution", "reply", "share",
                    "reason", "comment").contains(field)) {
                assertThat(browser.findElements(By.id("error-" + field))).as("message beside %s on %s", field, page)
                        .isNotEmpty();
            }
        }
    }

    /**
     * No element the hostile values would have made, no alert, and no console error but the
     * browser's note of a refused form's status (a blocked inline script would be one).
     */
    private static void assertNothingRuns() {
        assertThat(consoleErrors()).as("console errors on %s", browser.getCurrentUrl())
                .allMatch(line -> line.matches(".* Failed to load resource: the server responded with a status of 4\\d\\d .*"));
        assertThat(browser.findElements(By.cssSelector("script:not([src]), img[src='x'], [onerror]")))
                .as("injected elements on %s", browser.getCurrentUrl()).isEmpty();
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert fired on " + browser.getCurrentUrl());
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
    }

    /** The status of a GET as the signed-in browser user, for addresses too long for the browser's own check. */
    private static int statusOf(String path) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("CASELOAD_SESSION");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri(path).toString()))
                .header("Cookie", "CASELOAD_SESSION=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
