// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientService;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.ChoiceOption;
import org.caseload.spi.forms.FieldCondition;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Custom form values are checked by core, before any store sees them: the same commands give the
 * same clients and the same violations on the in-memory storage and on H2.
 */
class ClientFormsAcrossStoragesTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final Principal WORKER = TestUsers.builder("u-1", "org-a").named("Dana Reyes")
            .roles(Role.CASEWORKER).build();
    private static final FormDefinition INTAKE_V1 = new FormDefinition("intake", 1, "Intake", List.of(
            new FormField("employed", FieldType.BOOLEAN, "Employed", true),
            new FormField("income", FieldType.NUMBER, "Income", false, FieldLimits.number(BigDecimal.ZERO, null),
                    List.of(), null, null, FieldCondition.equalTo("employed", FieldValue.bool(true))),
            new FormField("needs", FieldType.MULTIPLE_CHOICE, "Needs", false, FieldLimits.NONE,
                    List.of(new ChoiceOption("food", "Food"), new ChoiceOption("bed", "A bed")),
                    FieldValue.choices("bed"), null, null)));
    private static final FormDefinition INTAKE_V2 = new FormDefinition("intake", 2, "Intake", List.of(
            new FormField("employed", FieldType.BOOLEAN, "Employed", true),
            new FormField("householdSize", FieldType.NUMBER, "Household size", true)));
    private static final FormProvider FORMS = new FormProvider() {
        @Override
        public List<FormDefinition> forms(String organizationId) {
            return List.of(INTAKE_V2);
        }

        @Override
        public Optional<FormDefinition> form(String organizationId, String formId, int version) {
            return List.of(INTAKE_V1, INTAKE_V2).stream()
                    .filter(form -> form.id().equals(formId) && form.version() == version).findFirst();
        }
    };

    /** What one run of the same calls gave. */
    private record Outcome(List<FormValues> stored, long version, List<String> refusedRegistration,
                           List<String> refusedUpdate) {
    }

    @Test
    void valuesAreCompletedCheckedAndStoredAlikeOnEveryStorage() {
        Function<ClientService, Outcome> calls = clients -> {
            Client client = clients.register(RegisterClient.of(ClientDetails.named("Maria", "Garcia")
                    .withSsn("xxx-xx-6789", SsnDataQuality.APPROXIMATE_OR_PARTIAL), intake(Map.of(
                    "employed", FieldValue.bool(true), "income", FieldValue.number(new BigDecimal("1200.50"))))));
            Client renamed = clients.update(UpdateClient.of(client, ClientDetails.named("Maria", "Lopez")));
            return new Outcome(clients.get(renamed.id()).forms(), renamed.version(),
                    violations(() -> clients.register(RegisterClient.of(ClientDetails.named("Ana", "Silva"),
                            intake(Map.of("employed", FieldValue.bool(true), "needs", FieldValue.choices("cash")))))),
                    violations(() -> clients.update(UpdateClient.of(renamed, renamed.details(),
                            new FormValues("intake", 2, Map.of("employed", FieldValue.bool(false)))))));
        };

        Outcome inMemory = run(new InMemoryStorage(), calls);
        Outcome onH2;
        try (JdbcStorage h2 = JdbcStorage.inMemory("forms-" + UUID.randomUUID())) {
            onH2 = run(h2, calls);
        }

        assertThat(onH2).isEqualTo(inMemory);
        assertThat(inMemory.stored()).containsExactly(intake(Map.of("employed", FieldValue.bool(true),
                "income", FieldValue.number(new BigDecimal("1200.50")), "needs", FieldValue.choices("bed"))));
        assertThat(inMemory.version()).isEqualTo(2);
        assertThat(inMemory.refusedRegistration()).containsExactly(
                "forms[0].values[income] caseload.form.field.required",
                "forms[0].values[needs] caseload.form.field.option");
        assertThat(inMemory.refusedUpdate())
                .containsExactly("forms[0].values[householdSize] caseload.form.field.required");
    }

    private static Outcome run(Storage storage, Function<ClientService, Outcome> calls) {
        try (Caseload caseload = Caseload.builder().storage(storage).identity(new TestIdentity().as(WORKER)).keyProvider(TestKeys.fixed())
                .forms(FORMS).clock(CLOCK).build()) {
            return calls.apply(caseload.clients());
        }
    }

    private static FormValues intake(Map<String, FieldValue> values) {
        return new FormValues("intake", 1, values);
    }

    private static List<String> violations(Runnable call) {
        return catchThrowableOfType(ValidationException.class, call::run).violations().stream()
                .map(violation -> violation.path() + " " + violation.messageKey())
                .toList();
    }
}
