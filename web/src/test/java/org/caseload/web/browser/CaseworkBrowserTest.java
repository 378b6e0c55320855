// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A client's casework driven in the browser: household, notes, services, exit, sharing and the audit. */
class CaseworkBrowserTest extends BrowserTest {

    @Test
    void aCaseWorkerHousesNotesServesAndExitsAClient() {
        signInAs("dana");
        String john = clientIdFound("John Smith");
        String maria = clientIdFound("Maria Garcia");

        visit("/clients/" + john + "/household", "household-none");
        submit(By.cssSelector("form[action$='/household'] button"));
        assertThat(mainText()).contains("The household is started", "Head");
        setValue("memberId", maria);
        new Select(field("relationship")).selectByVisibleText("Spouse or partner");
        submit(By.cssSelector("form[action$='/members'] button"));
        assertThat(mainText()).contains("The member is added", "María García", "Spouse or partner");
        checkPage("household-two");

        visit("/clients/" + john + "/notes", "notes");
        setValue("regarding", "First visit");
        setValue("text", "Came in for a meal; asked about the winter shelter.");
        submit(By.cssSelector("form[action$='/notes'] button"));
        assertThat(mainText()).contains("The case note is saved.", "First visit", "asked about the winter shelter");

        visit("/clients/" + john + "/services", "services");
        new Select(field("serviceType")).selectByVisibleText("Meal (count)");
        setValue("amount", "abc");
        submit(By.cssSelector("form[action$='/services'] button"));
        assertThat(messageBeside("amount")).isEqualTo("Not a number.");
        setValue("amount", "2");
        submit(By.cssSelector("form[action$='/services'] button"));
        assertThat(mainText()).contains("The service is recorded.", "Meal");

        visit("/clients/" + john + "/enrollments", "enrollments");
        new Select(field("project")).selectByVisibleText("North emergency shelter");
        submit(By.cssSelector(".enroll-form button"));
        setValue("exitDate", LocalDate.now().toString());
        new Select(field("destination")).selectByVisibleText("Rental with subsidy");
        submit(By.cssSelector(".exit-form button"));
        assertThat(mainText()).contains("The enrollment is exited.", "to Rental with subsidy");
        checkPage("enrollment-exited");
    }

    @Test
    void consentDecidesWhetherAnotherOrganizationSeesAClient() {
        signInAs("sam");
        visit("/clients?q=garcia", "harbor-search-shared");
        assertThat(mainText()).as("consented under the agreement").contains("María García");
        visit("/clients?q=rosa+diaz", "harbor-search-not-shared");
        assertThat(mainText()).as("no consent").contains("No client matches");

        signInAs("dana");
        String maria = clientIdFound("Maria Garcia");
        visit("/clients/" + maria + "/consent", "consent");
        assertThat(mainText()).contains("harbor-house", "Granted", "in force");
        submit(By.cssSelector("form[action*='/revoke'] button"));
        assertThat(mainText()).contains("The consent is revoked.", "revoked");
        checkPage("consent-revoked");

        signInAs("sam");
        visit("/clients?q=garcia", "harbor-search-revoked");
        assertThat(mainText()).contains("No client matches");

        signInAs("dana");
        visit("/clients/" + maria + "/consent", "consent-again");
        setValue("organization", "harbor-house");
        new Select(field("decision")).selectByVisibleText("Granted");
        submit(By.cssSelector("form[action$='/consent'] button[type=submit]"));
        assertThat(messageBeside("validUntil")).isEqualTo("Required.");
        setValue("validUntil", LocalDate.now().plusMonths(6).toString());
        submit(By.cssSelector("form[action$='/consent'] button[type=submit]"));
        assertThat(mainText()).contains("The client's decision is recorded.");
    }

    @Test
    void aLocalAdministratorRecordsAnAgreementAndReadsTheAuditTrailOfAClient() {
        signInAs("lee");
        visit("/sharing", "agreements");
        setValue("receiving", "downtown-clinic");
        new Select(field("direction")).selectByVisibleText("One way");
        browser.findElement(By.cssSelector("input[name=kinds][value=CLIENT_IDENTITY]")).click();
        submit(By.cssSelector("form[action='/sharing'] button[type=submit]"));
        assertThat(mainText()).contains("The sharing agreement is recorded.", "downtown-clinic");
        checkPage("agreement-recorded");

        String rosa = clientIdFound("Rosa Diaz");
        visit("/audit?client=" + rosa, "audit-of-a-client");
        assertThat(mainText()).contains("client.register", rosa);
    }
}
