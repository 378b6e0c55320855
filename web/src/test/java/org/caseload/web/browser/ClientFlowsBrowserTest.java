// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The client pages' main paths, driven as a case worker and a local administrator would. */
class ClientFlowsBrowserTest extends BrowserTest {

    @Test
    void intakeToEnrollment() {
        signInAs("dana");
        visit("/clients/new", "intake");
        setValue("firstName", "Amara");
        setValue("lastName", "Okoye");
        setValue("dateOfBirth", "1988-06-02");
        submit(By.cssSelector("button[value=check]"));
        assertThat(mainText()).contains("No matching client");
        checkPage("intake-checked");

        submit(By.cssSelector("button[value=register]"));
        assertThat(mainText()).contains("The client is registered.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Amara Okoye");
        checkPage("client-registered");

        browser.findElement(By.linkText("Enrollments")).click();
        waitFor(By.name("project"));
        browser.findElement(By.linkText("Shelter entry")).click();
        waitFor(By.name("f.bed"));
        new Select(field("project")).selectByVisibleText("North emergency shelter");
        setValue("entryDate", LocalDate.now().toString());
        setValue("f.bed", "12");
        submit(By.cssSelector(".enroll-form button[type=submit]"));
        assertThat(messageBeside("f.bed")).as("the form's pattern, beside the field").isNotBlank();
        checkPage("enrollment-form-message");

        new Select(field("project")).selectByVisibleText("North emergency shelter");
        setValue("f.bed", "B-7");
        submit(By.cssSelector(".enroll-form button[type=submit]"));
        assertThat(mainText()).contains("The client is enrolled.", "North emergency shelter", "Open",
                "Forms at entry", "Shelter entry");
        checkPage("client-enrolled");

        browser.findElement(By.linkText("Profile")).click();
        waitFor(By.id("enrollments-title"));
        assertThat(mainText()).contains("North emergency shelter since " + LocalDate.now());
        assertThat(mainText()).contains("Household of Amara Okoye: 1 members (this client is the head)");
    }

    @Test
    void aProbableDuplicateIsStoppedExplainedAndOverriddenWithAReason() {
        signInAs("dana");
        visit("/clients/new", "intake");
        setValue("firstName", "Mary");
        setValue("lastName", "Garcia");
        setValue("dateOfBirth", "1980-03-04");
        submit(By.cssSelector("button[value=register]"));

        assertThat(browser.findElement(By.id("duplicate-stop")).getText())
                .contains("Not registered: this person is probably already a client");
        String candidate = browser.findElement(By.cssSelector(".candidate")).getText();
        assertThat(candidate).contains("María García", "likely the same person", "Date of birth same",
                "Last name same");
        checkPage("intake-duplicate-stopped");

        submit(By.id("register-anyway"));
        assertThat(messageBeside("reason")).isEqualTo("Required: say why this is another person.");
        checkPage("intake-override-needs-reason");

        setValue("reason", "Her sister: same birthday (twins), different first name on her ID card.");
        submit(By.id("register-anyway"));
        assertThat(mainText()).contains("The client is registered.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mary Garcia");
        browser.findElement(By.linkText("Case notes")).click();
        waitFor(By.cssSelector(".note"));
        assertThat(mainText()).contains("Registered despite a probable duplicate", "twins");
        checkPage("override-note");
    }

    @Test
    void aCustomFormShowsTheLibrarysMessagesBesideItsFields() {
        signInAs("dana");
        String john = clientIdFound("John Smith");
        visit("/clients/" + john + "/forms/housing-intake", "custom-form");
        setValue("f.nightsHomeless", "40");
        submit(By.cssSelector(".custom-form button[type=submit]"));

        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("The form was not saved");
        assertThat(messageBeside("f.nightsHomeless")).isNotBlank();
        assertThat(messageBeside("f.incomeSource")).isNotBlank();
        assertThat(field("f.nightsHomeless").getAttribute("value")).isEqualTo("40");
        checkPage("custom-form-messages");

        setValue("f.nightsHomeless", "12");
        new Select(field("f.incomeSource")).selectByVisibleText("Benefits");
        submit(By.cssSelector(".custom-form button[type=submit]"));
        assertThat(mainText()).contains("The form is saved.", "Housing intake");
        assertThat(browser.findElement(By.cssSelector(".form-list")).getText()).contains("filled in");
    }

    @Test
    void aMergeIsUndone() {
        signInAs("lee");
        String john = clientIdFound("John Smith");
        String jon = clientIdFound("Jon Smyth");
        visit("/clients/" + jon + "/duplicates", "merge");
        setValue("mergeTarget", john);
        setValue("mergeReason", "Same man: the intake misspelt his name.");
        submit(By.cssSelector("form[action$='/merge'] button[type=submit]"));
        assertThat(mainText()).contains("The clients are merged.", "Undo the merge");
        checkPage("merged");

        setValue("undoReason", "Not the same man after all: different mothers' names.");
        submit(By.id("undo-merge"));
        assertThat(mainText()).contains("The merge is undone");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jon Smyth");
        assertThat(mainText()).doesNotContain("was merged into");
        checkPage("unmerged");
    }
}
