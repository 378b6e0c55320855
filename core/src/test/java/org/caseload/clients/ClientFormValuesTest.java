// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.forms.JsonForms;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

/**
 * Values entered through custom forms (the forms of {@code src/test/resources/forms}): stored with
 * the client and the form version, checked against that version only.
 */
class ClientFormValuesTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final ClientDetails MARIA = ClientDetails.named("Maria", "Garcia");

    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER));
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity)
            .forms(JsonForms.fromClasspath("forms")).clock(CLOCK).build();
    private final ClientService clients = caseload.clients();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void valuesAreStoredWithTheFormVersionTrimmedAndWithTheDefaultsOfShownFields() {
        FormValues entered = intakeV1(Map.of(
                "employed", FieldValue.bool(true),
                "income", FieldValue.number(new BigDecimal("1200.50")),
                "employer", FieldValue.text("  Acme Café  "),
                "caseNumber", FieldValue.text(" ")));

        Client client = clients.register(RegisterClient.of(MARIA, entered));

        FormValues stored = new FormValues("intake", 1, Map.of(
                "employed", FieldValue.bool(true),
                "income", FieldValue.number(new BigDecimal("1200.50")),
                "employer", FieldValue.text("Acme Café"),
                "sleptAt", FieldValue.choice("shelter")));
        assertThat(client.forms()).containsExactly(stored);
        assertThat(clients.get(client.id()).form("intake")).contains(stored);
    }

    @Test
    void everyBrokenFieldRuleIsReportedAtItsField() {
        FormValues entered = intakeV1(Map.of(
                "employed", FieldValue.bool(true),
                "employer", FieldValue.text("A name that is far too long"),
                "sleptAt", FieldValue.choice("hotel"),
                "needs", FieldValue.choices("food", "money"),
                "caseNumber", FieldValue.text("ab-12"),
                "lastHoused", FieldValue.date(LocalDate.of(2020, 1, 1)),
                "favouriteColour", FieldValue.text("blue")));

        assertThat(violations(RegisterClient.of(MARIA, entered))).containsExactly(
                tuple("forms[0].values[caseNumber]", "caseload.form.field.pattern"),
                tuple("forms[0].values[employer]", "caseload.form.field.tooLong"),
                tuple("forms[0].values[favouriteColour]", "caseload.form.field.unknown"),
                tuple("forms[0].values[income]", "caseload.form.field.required"),
                tuple("forms[0].values[lastHoused]", "caseload.form.field.hidden"),
                tuple("forms[0].values[needs]", "caseload.form.field.option"),
                tuple("forms[0].values[sleptAt]", "caseload.form.field.option"));
    }

    @Test
    void limitsTypesAndRulesOverOtherFieldsAreChecked() {
        assertThat(violations(RegisterClient.of(MARIA, intakeV1(Map.of(
                "employed", FieldValue.bool(false),
                "income", FieldValue.number(new BigDecimal("10000.51")),
                "sleptAt", FieldValue.choice("car"),
                "lastHoused", FieldValue.date(LocalDate.of(1999, 12, 31)))))))
                .containsExactly(
                        tuple("forms[0].values[income]", "caseload.form.field.aboveMax"),
                        tuple("forms[0].values[lastHoused]", "caseload.form.field.tooEarly"));
        assertThat(violations(RegisterClient.of(MARIA, intakeV1(Map.of("employed", FieldValue.text("yes"))))))
                .containsExactly(tuple("forms[0].values[employed]", "caseload.form.field.type"));
        assertThat(violations(RegisterClient.of(MARIA, intakeV1(Map.of()))))
                .containsExactly(tuple("forms[0].values[employed]", "caseload.form.field.required"));
    }

    @Test
    void anUnknownFormVersionOrARepeatedFormIsRefusedWithTheRestOfTheCommand() {
        FormValues consent = new FormValues("consent", 1, Map.of("signedOn", FieldValue.date(LocalDate.of(2026, 1, 5))));

        assertThat(violations(new RegisterClient(MARIA.withName(null, null, null, null, null),
                List.of(new FormValues("intake", 9, Map.of()), consent, consent))))
                .containsExactly(
                        tuple("details.nameQuality", "jakarta.validation.constraints.NotNull.message"),
                        tuple("forms[0]", "caseload.form.unknown"),
                        tuple("forms[2]", "caseload.form.repeated"));
    }

    @Test
    void aViolationDescribesTheRejectedValueWithoutItsContent() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> clients.register(
                RegisterClient.of(MARIA, intakeV1(Map.of("employed", FieldValue.bool(false),
                        "caseNumber", FieldValue.text("SSN 123-45-6789"))))));

        assertThat(failure.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rejectedValue()).isEqualTo("text of 15 characters");
            assertThat(violation.message()).isEqualTo("does not have the form the field requires");
        });
        assertThat(failure.getMessage()).doesNotContain("6789");
    }

    @Test
    void aNewVersionOfAFormNeverInvalidatesValuesStoredUnderAnOlderOne() {
        FormValues underVersionOne = intakeV1(Map.of("employed", FieldValue.bool(false)));
        Client client = clients.register(RegisterClient.of(MARIA, underVersionOne));

        Client renamed = clients.update(UpdateClient.of(client, ClientDetails.named("Maria", "Lopez")));
        Client reentered = clients.update(UpdateClient.of(renamed, renamed.details(),
                intakeV1(Map.of("employed", FieldValue.bool(false), "sleptAt", FieldValue.choice("street")))));

        assertThat(renamed.form("intake")).contains(new FormValues("intake", 1,
                Map.of("employed", FieldValue.bool(false), "sleptAt", FieldValue.choice("shelter"))));
        assertThat(reentered.form("intake")).hasValueSatisfying(form -> assertThat(form.formVersion()).isEqualTo(1));
        assertThat(violations(UpdateClient.of(reentered, reentered.details(),
                new FormValues("intake", 2, Map.of("employed", FieldValue.bool(false))))))
                .containsExactly(tuple("forms[0].values[householdSize]", "caseload.form.field.required"));
    }

    @Test
    void valuesEnteredLaterReplaceThoseOfTheirFormAndKeepTheOthers() {
        Client client = clients.register(RegisterClient.of(MARIA, intakeV1(Map.of("employed", FieldValue.bool(false)))));
        FormValues consent = new FormValues("consent", 1, Map.of("signedOn", FieldValue.date(LocalDate.of(2026, 1, 5))));
        FormValues intakeV2 = new FormValues("intake", 2, Map.of("employed", FieldValue.bool(false),
                "householdSize", FieldValue.number(3)));

        Client withConsent = clients.update(UpdateClient.of(client, client.details(), consent));
        Client upgraded = clients.update(UpdateClient.of(withConsent, withConsent.details(), intakeV2));

        assertThat(withConsent.forms()).containsExactly(client.forms().get(0), consent);
        assertThat(upgraded.forms()).containsExactly(intakeV2, consent);
    }

    @Test
    void formValuesAreEnteredOnlyByUsersOfTheClientsOrganization() {
        Client client = clients.register(RegisterClient.of(MARIA));
        identity.as(TestUsers.user("root", "org-b", Role.CASEWORKER, Role.SYSTEM_ADMINISTRATOR));
        FormValues consent = new FormValues("consent", 1, Map.of("signedOn", FieldValue.date(LocalDate.of(2026, 1, 5))));

        assertThat(violations(() -> clients.update(UpdateClient.of(client, client.details(), consent))))
                .containsExactly(tuple("forms", "caseload.form.otherOrganization"));
        assertThat(clients.update(UpdateClient.of(client, ClientDetails.named("Maria", "Lopez"))).forms()).isEmpty();
    }

    @Test
    void formValuesNeedACallerWhoseOrganizationsFormsApply() {
        identity.signOut();

        assertThat(violations(() -> KernelAccess.of(caseload).validate(RegisterClient.of(MARIA,
                intakeV1(Map.of("employed", FieldValue.bool(false)))))))
                .containsExactly(tuple("forms[0]", "caseload.form.noOrganization"));
    }

    private static FormValues intakeV1(Map<String, FieldValue> values) {
        return new FormValues("intake", 1, values);
    }

    private List<Tuple> violations(Object command) {
        return violations(() -> KernelAccess.of(caseload).validate(command));
    }

    private static List<Tuple> violations(Runnable call) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, call::run);
        assertThat(failure).as("a ValidationException").isNotNull();
        return failure.violations().stream().map(violation -> tuple(violation.path(), violation.messageKey())).toList();
    }
}
