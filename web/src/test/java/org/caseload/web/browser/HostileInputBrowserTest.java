// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Hostile input in every field of every client form: markup, an attribute break-out, 20,000
 * characters, bidi and zero-width characters, quotes. Each is shown escaped or refused with a
 * message beside its field, never an error page; afterwards every page that shows stored values is
 * revisited, and none holds an element or a script that came from the input, nor raised an alert.
 */
class HostileInputBrowserTest extends BrowserTest {

    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"'><img src=x onerror=alert(1)>",
            "x".repeat(20_000),
            "Ro\u202Esa\u200B D\u00EDaz",
            "O'Brien \"the \\\"quoted\\\"\" `back`");

    /** A form: the page it is on, the CSS selector of the form there, who fills it. */
    private record Form(String page, String form) {
    }

    @Test
    void everyFieldOfEveryFormTakesHostileInputWithoutHarmAndEveryPageShowsItInert() {
        signInAs("dana");
        String rosa = clientIdFound("Rosa Diaz");
        List<Form> forms = List.of(
                new Form("/clients/new", "form.intake-form"),
                new Form("/clients/" + rosa + "/notes", "form[action$='/notes']"),
                new Form("/clients/" + rosa + "/services", "form[action$='/services']"),
                new Form("/clients/" + rosa + "/household", "form[action$='/members']"),
                new Form("/clients/" + rosa + "/enrollments", "form.enroll-form"),
                new Form("/clients/" + rosa + "/enrollments?form=shelter-entry", "form.enroll-form"),
                new Form("/clients/" + rosa + "/enrollments", "form.exit-form"),
                new Form("/clients/" + rosa + "/forms/housing-intake", "form.custom-form"),
                new Form("/clients/" + rosa + "/consent", "form[action$='/consent']"),
                new Form("/clients", "form[role=search]"));
        for (int i = 0; i < forms.size(); i++) {
            for (String value : HOSTILE) {
                sendEverywhere(forms.get(i), value);
            }
            checkPage(String.format("hostile-form-%02d", i + 1));
        }
        // Markup is text: a note holding some is kept and shown as written.
        visit("/clients/" + rosa + "/notes", "hostile-notes");
        setValue("regarding", HOSTILE.get(1));
        setValue("text", HOSTILE.get(0) + "\n" + HOSTILE.get(4));
        submit(By.cssSelector("form[action$='/notes'] button[type=submit]"));
        assertThat(mainText()).as(messageBeside("regarding") + messageBeside("text"))
                .contains("The case note is saved.", HOSTILE.get(1), HOSTILE.get(0));
        assertInert();

        for (String page : List.of("", "/household", "/enrollments", "/notes", "/services", "/forms",
                "/forms/housing-intake", "/duplicates", "/consent")) {
            visit("/clients/" + rosa + page, "revisit-client" + page.replace('/', '-'));
            assertInert();
        }
        visit("/clients?q=" + java.net.URLEncoder.encode(HOSTILE.get(1), java.nio.charset.StandardCharsets.UTF_8),
                "revisit-search");
        assertInert();

        signInAs("lee");
        List<Form> administration = List.of(
                new Form("/sharing", "form[action='/sharing']"),
                new Form("/audit", "form.filters"),
                new Form("/clients/" + rosa + "/duplicates", "form[action$='/merge']"),
                new Form("/clients/" + rosa + "/duplicates", "form[action$='/link']"));
        for (Form form : administration) {
            for (String value : HOSTILE) {
                sendEverywhere(form, value);
            }
        }
        for (String page : List.of("/sharing", "/audit", "/clients/" + rosa)) {
            visit(page, "revisit-" + (page.startsWith("/clients/") ? "client" : page.substring(1)));
            assertInert();
        }
    }

    /** Puts the value in every field of the form (a select gets it as a new option) and sends it. */
    private static void sendEverywhere(Form form, String value) {
        browser.get(server.uri(form.page()).toString());
        WebElement target = browser.findElement(By.cssSelector(form.form()));
        ((JavascriptExecutor) browser).executeScript(
                "var form = arguments[0], value = arguments[1];"
                        + "form.querySelectorAll('input, textarea, select').forEach(function (field) {"
                        + "  if (field.type === 'hidden' || field.type === 'submit') { return; }"
                        + "  if (field.tagName === 'SELECT') {"
                        + "    var option = document.createElement('option'); option.value = value; option.text = 'x';"
                        + "    field.appendChild(option); field.value = value; return; }"
                        + "  if (field.type === 'checkbox') { field.value = value; field.checked = true; return; }"
                        + "  field.type === 'date' ? field.setAttribute('type', 'text') : null;"
                        + "  field.removeAttribute('maxlength'); field.value = value; });",
                target, value);
        WebElement button = target.findElements(By.cssSelector("button[type=submit]")).stream()
                .filter(candidate -> !"check".equals(candidate.getAttribute("value"))).findFirst().orElseThrow();
        clickAndAwaitNextPage(button);
        if (browser.getTitle().startsWith("The request is too long")) {
            // A search (GET) past the server's 8 KiB request line: refused before any page, as it
            // should be; the browser logs the 414, which is expected here.
            consoleErrors();
            return;
        }
        assertThat(browser.getTitle()).as("%s with %.40s", form.page(), value)
                .doesNotContain("Something went wrong").doesNotContain("Not allowed");
        assertInert();
    }

    /** No element or script of the page came from input, and no alert is open. */
    static void assertInert() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat((Long) script.executeScript("return document.querySelectorAll('img[src=\"x\"], [onerror]').length;"))
                .as("injected elements on %s", browser.getCurrentUrl()).isZero();
        assertThat((Long) script.executeScript("return Array.from(document.scripts).filter(function (s) {"
                + " return !s.src || s.src.indexOf(location.origin + '/static/') !== 0; }).length;"))
                .as("scripts not from /static/ on %s", browser.getCurrentUrl()).isZero();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
