// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support pages end to end: a case worker's ticket with a screenshot of the page she was on,
 * escalated by her local administrator after the preview, answered by the vendor's agent at the desk
 * (a second runtime, reached over HTTP), and the answer seen back by the reporter; the suggestions
 * while a ticket is written, and an article rated.
 */
class SupportBrowserTest extends BrowserTest {

    @Test
    void aTicketWithAScreenshotGoesToTheVendorDeskAndTheAnswerComesBack() {
        signInAs("dana");
        visit("/clients", "client-search-before-report");
        browser.findElement(By.cssSelector("a[data-report='issue']")).click();
        WebElement preview = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("screenshot-image")));
        assertThat(preview.getAttribute("src")).startsWith("data:image/jpeg;base64,");
        assertThat(browser.findElement(By.id("context-screen")).getText()).isEqualTo("client.search");
        assertThat(browser.findElement(By.id("context-page")).getText()).isEqualTo("/clients");
        field("description").sendKeys("Printing the profile of Rosa Díaz gives a blank page; how do I find"
                + " a client to print instead?");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestion-list a")));
        windowSize(1280, 1300);
        try {
            checkPage("ticket-form-with-screenshot");
        } finally {
            windowSize(1280, 900);
        }
        clickAndLoad(By.cssSelector("#ticket-form button[type=submit]"));
        waitFor(By.id("ticket-status"));
        String ticketId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("ticket-screenshot")).getAttribute("src")).startsWith("data:image/");
        checkPage("ticket-reported");

        signInAs("lee");
        visit("/ticket-queue?status=SUBMITTED", "ticket-queue");
        assertThat(browser.findElements(By.cssSelector("tr[data-ticket='" + ticketId + "']"))).hasSize(1);
        visit("/tickets/" + ticketId, "ticket-administrator");
        clickAndLoad(By.id("escalate-link"));
        waitFor(By.id("preview-summary"));
        checkPage("escalation-preview");
        assertThat(browser.findElement(By.id("preview-summary")).getText()).doesNotContain("Rosa", "Díaz")
                .contains("blank page");
        assertThat(browser.findElement(By.id("preview-redactions")).getText()).contains("client name");
        browser.findElement(By.id("field-sendScreenshot")).click();
        clickAndLoad(By.id("escalate"));
        waitFor(By.id("ticket-status"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).contains("escalated");

        signInAs("vic");
        eventually(() -> {
            visit("/desk?queue=untriaged", "desk-queue");
            return !browser.findElements(By.cssSelector("tr[data-ticket='" + ticketId + "']")).isEmpty();
        });
        assertThat(browser.findElements(By.cssSelector("a[href^='/tickets/new']")))
                .as("the vendor's agent sends no ticket: no ticket links").isEmpty();
        clickAndLoad(By.cssSelector("tr[data-ticket='" + ticketId + "'] a"));
        waitFor(By.id("desk-summary"));
        assertThat(browser.findElement(By.id("desk-summary")).getText()).doesNotContain("Rosa").contains("blank page");
        checkPage("desk-ticket");
        clickAndLoad(By.id("desk-assign"));
        clickAndLoad(By.id("desk-triage"));
        waitFor(By.id("desk-status"));
        assertThat(browser.findElement(By.id("desk-status")).getText()).isEqualTo("triaged");
        field("note").sendKeys("A fix for the print template ships in 4.2.2; print from the client list meanwhile.");
        clickAndLoad(By.id("desk-add-note"));
        waitFor(By.id("desk-notes"));
        new Select(browser.findElement(By.id("field-status"))).selectByValue("RESOLVED");
        field("resolution").sendKeys("Fixed in 4.2.2.");
        clickAndLoad(By.id("desk-change-status"));
        waitFor(By.id("desk-status"));
        assertThat(browser.findElement(By.id("desk-status")).getText()).isEqualTo("resolved");
        checkPage("desk-ticket-resolved");

        signInAs("dana");
        eventually(() -> {
            visit("/tickets/" + ticketId, "ticket-answered");
            return browser.findElement(By.id("ticket-status")).getText().startsWith("resolved")
                    && !browser.findElements(By.cssSelector(".note[data-origin='VENDOR']")).isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector(".note[data-origin='VENDOR']")).getText())
                .contains("ships in 4.2.2");
        assertThat(browser.findElement(By.id("ticket-resolution")).getText()).contains("Fixed in 4.2.2.");
    }

    @Test
    void theLocalAdministratorWorksATicketThroughItsStatusesAndTheReporterSeesOnlyThePublicNotes() {
        signInAs("lee");
        visit("/ticket-queue?status=SUBMITTED", "ticket-queue-submitted");
        clickAndLoad(By.xpath("//tr[td/a[contains(., 'street name')]]//a"));
        String ticketId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        clickAndLoad(By.id("start-work"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("in progress");
        clickAndLoad(By.id("wait-for-customer"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("waiting on customer");
        field("resolution").sendKeys("Type the street name on the address line; the search reads it.");
        clickAndLoad(By.cssSelector("form[action$='/resolve'] button"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("resolved");
        checkPage("ticket-resolved");
        clickAndLoad(By.cssSelector("form[action$='/reopen'] button"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("reopened");
        field("note").sendKeys("Only for administrators: the address line is not indexed yet.");
        browser.findElement(By.cssSelector("input[name=visibility][value=internal]")).click();
        clickAndLoad(By.cssSelector("form.note-form button[type=submit]"));
        assertThat(browser.findElement(By.id("ticket-notes")).getText()).contains("not indexed yet");

        signInAs("dana");
        visit("/tickets/" + ticketId, "ticket-reporter-view");
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("reopened");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("not indexed yet");
        assertThat(browser.findElements(By.id("start-work"))).isEmpty();
    }

    @Test
    void aSuggestedArticleAnswersTheQuestionAndTheDeflectionIsCounted() {
        signInAs("dana");
        visit("/tickets/new?kind=question&screen=client.search", "ticket-question");
        field("description").sendKeys("How do I search for a client by date of birth?");
        WebElement suggestion = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestion-list a")));
        assertThat(suggestion.getAttribute("href")).contains("/help/articles/").contains("?suggestion=");
        clickAndLoad(By.cssSelector("#suggestion-list a"));
        waitFor(By.id("answered"));
        checkPage("suggested-article");
        clickAndLoad(By.id("answered"));
        waitFor(By.id("deflected"));
        assertThat(browser.findElement(By.id("deflected")).getText()).contains("counts the article as the answer");
        checkPage("ticket-deflected");
    }

    @Test
    void aReaderRatesAnArticle() {
        signInAs("sam");
        visit("/help?q=find+a+client", "help-search");
        clickAndLoad(By.cssSelector("#help-hits a"));
        waitFor(By.id("article-body"));
        checkPage("help-article");
        browser.findElement(By.cssSelector("input[name=helpful][value=yes]")).click();
        field("comment").sendKeys("Clear, thank you.");
        clickAndLoad(By.id("rate"));
        waitFor(By.id("rating-thanks"));
        assertThat(browser.findElement(By.id("rating-thanks")).getText()).contains("found this revision helpful");
        checkPage("help-article-rated");
    }

    /** Retries a check that waits on the deliveries between the two runtimes, for up to twenty seconds. */
    static void eventually(Supplier<Boolean> check) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!check.get()) {
            assertThat(System.nanoTime()).as("the deliveries between the organization and the desk").isLessThan(until);
            server.site().deliverPending();
        }
    }

    /** Clicks a control that loads another page, and waits until the new page replaced the old one. */
    static void clickAndLoad(By control) {
        clickAndAwaitNextPage(browser.findElement(control));
    }

    static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }
}
