// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What every page has: sign-in, the Help menu, the shortcut list, the report links, phone width. */
class LayoutBrowserTest extends BrowserTest {

    @Test
    void aDemoUserSignsInWithOneButtonAndSeesTheHelpMenuOfTheScreen() {
        signInAs("dana");
        visit("/clients", "client-search");
        WebElement menu = browser.findElement(By.id("help-menu"));
        menu.findElement(By.tagName("summary")).click();
        assertThat(menu.findElements(By.cssSelector("[data-menu-item]")))
                .extracting(item -> item.getAttribute("data-menu-item"))
                .contains("documentation", "keyboard-shortcuts", "report-issue", "ask-question", "make-suggestion");
        assertThat(menu.findElement(By.cssSelector("[data-menu-item='report-issue']")).getAttribute("href"))
                .endsWith("/tickets/new?kind=issue&screen=client.search");
        checkPage("client-search-help-menu");
    }

    @Test
    void theToolDocumentationIsOfferedToDesignersOnly() {
        signInAs("lee");
        visit("/clients", "client-search-designer");
        assertThat(browser.findElements(By.cssSelector("[data-menu-item='tool-documentation']"))).hasSize(1);
        signInAs("dana");
        visit("/clients", "client-search");
        assertThat(browser.findElements(By.cssSelector("[data-menu-item='tool-documentation']"))).isEmpty();
    }

    @Test
    void fieldsCarryTheirToolTipsFromTheHelpBundle() {
        signInAs("sam");
        visit("/clients/new", "intake-tool-tips");
        WebElement dateOfBirth = field("dateOfBirth");
        String tip = browser.findElement(By.id(dateOfBirth.getAttribute("aria-describedby"))).getText();
        assertThat(tip).isEqualTo("The date of birth as the client gives it; record its quality beside it.");
    }

    @Test
    void questionMarkListsTheShortcutsOfTheScreen() {
        signInAs("dana");
        visit("/clients", "client-search");
        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).sendKeys("?").perform();
        WebElement dialog = browser.findElement(By.id("shortcuts-dialog"));
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(dialog.getText()).contains("Find a client", "Open the Help menu");
        checkPage("shortcuts");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertThat(dialog.isDisplayed()).isFalse();
    }

    @Test
    void theShortcutsOfTheScreenRunTheirActions() {
        signInAs("dana");
        visit("/clients/new", "intake");
        setValue("firstName", "Nadia");
        setValue("lastName", "Haddad");
        field("lastName").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitFor(By.id("matches-title"));
        assertThat(mainText()).contains("No matching client");

        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        waitFor(By.cssSelector("form[role=search]"));
        assertThat(browser.getCurrentUrl()).endsWith("/clients");

        new Actions(browser).sendKeys(Keys.F1).perform();
        assertThat(browser.findElement(By.id("help-menu")).getAttribute("open")).isNotNull();
    }

    @Test
    void thePagesFitAPhoneScreen() {
        signInAs("dana");
        windowSize(375, 812);
        try {
            String rosa = clientIdFound("Rosa Diaz");
            for (String page : new String[] {"/clients", "/clients/new", "/clients/" + rosa,
                    "/clients/" + rosa + "/enrollments", "/clients/" + rosa + "/services",
                    "/clients/" + rosa + "/forms/housing-intake"}) {
                visit(page, "phone" + page.replaceAll("[^a-z]+", "-"));
                Long scrollWidth = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth;");
                assertThat(scrollWidth).as("width of %s at 375 px", page).isLessThanOrEqualTo(375L);
            }
        } finally {
            windowSize(1280, 900);
        }
    }

    @Test
    void signOutEndsTheSession() {
        signInAs("lee");
        browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        waitFor(By.cssSelector("button[data-user]"));
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.get(server.uri("/clients").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }
}
