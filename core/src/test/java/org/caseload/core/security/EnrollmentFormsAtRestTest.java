// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a store holds of an enrollment's custom form values: those of fields the form marks
 * sensitive sealed, bound to the enrollment and field, the others as entered; everything read back
 * as entered through the services.
 */
class EnrollmentFormsAtRestTest {

    static final FormValues HEALTH_ON_ENTRY = new FormValues("health", 1, Map.of(
            "condition", FieldValue.text("Diabetes"),
            "diagnosedOn", FieldValue.date(LocalDate.of(2021, 8, 14)),
            "needs", FieldValue.choices("food"),
            "notes", FieldValue.text("Prefers mornings")));

    private final TestIdentity identity = new TestIdentity().as(TestUsers.user("worker-a", "org-a",
            Role.CASEWORKER, Role.CASEWORK_ADMINISTRATOR));
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity)
            .forms(EncryptionAtRestTest.forms()).keyProvider(TestKeys.fixed()).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    /** Enrolls a new client of {@code caseload} in a new project, with these form values. */
    static Enrollment enroll(Caseload caseload, String lastName, List<FormValues> forms) {
        String client = caseload.clients().register(RegisterClient.of(ClientDetails.named("Ana", lastName))).id();
        Project project = caseload.enrollments().registerProject(new RegisterProject("Shelter " + lastName));
        String household = caseload.households().create(new CreateHousehold(client)).id();
        return caseload.enrollments().enroll(new EnrollClient(client, project.id(), household,
                LocalDate.of(2026, 1, 5), forms));
    }

    @Test
    void theStoreHoldsOnlySealedValuesForSensitiveFieldsAndTheServicesReadThemBack() {
        Enrollment enrolled = enroll(caseload, "Lopez", List.of(HEALTH_ON_ENTRY));

        Map<String, FieldValue> stored = stored(enrolled.id()).forms().get(0).values();
        for (String sensitive : List.of("condition", "diagnosedOn", "needs")) {
            assertThat(stored.get(sensitive)).as(sensitive).isInstanceOfSatisfying(FieldValue.TextValue.class,
                    value -> assertThat(value.text()).startsWith("sealed:v1:test-1:")
                            .doesNotContain("Diabetes").doesNotContain("2021-08-14").doesNotContain("food"));
        }
        assertThat(stored.get("notes")).isEqualTo(FieldValue.text("Prefers mornings"));
        assertThat(enrolled.forms()).containsExactly(HEALTH_ON_ENTRY);
        assertThat(caseload.enrollments().get(enrolled.id()).forms()).containsExactly(HEALTH_ON_ENTRY);
        assertThat(caseload.enrollments().enrollmentsOf(enrolled.clientId())).singleElement()
                .satisfies(enrollment -> assertThat(enrollment.forms()).containsExactly(HEALTH_ON_ENTRY));
    }

    @Test
    void aSealedValueCopiedToAnotherEnrollmentDoesNotOpenAndTheErrorNamesTheRecordNotTheValue() {
        Enrollment first = enroll(caseload, "Lopez", List.of(HEALTH_ON_ENTRY));
        Enrollment second = enroll(caseload, "Ruiz", List.of());
        FormValues copied = stored(first.id()).forms().get(0);
        storage.inTransaction(session -> session.enrollments().update(stored(second.id()).withForms(List.of(copied))));

        CaseloadException thrown = catchThrowableOfType(() -> caseload.enrollments().get(second.id()),
                CaseloadException.class);

        assertThat(thrown.code()).isEqualTo(ErrorCode.SEALED_VALUE_UNREADABLE);
        assertThat(thrown.getMessage()).contains("enrollment/" + second.id() + "/form/health/")
                .doesNotContain("Diabetes");
    }

    private EnrollmentRecord stored(String id) {
        return storage.inTransaction(session -> session.enrollments().findById(id).orElseThrow());
    }
}
