// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Project;
import org.caseload.core.Caseload;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;

/**
 * Every organization's one form, {@code health} version 1, entered on enrollment: a
 * {@code diagnosis} the form marks sensitive (stored sealed) and {@code notes} it does not.
 */
final class SensitiveEnrollments {

    static final FormDefinition HEALTH = new FormDefinition("health", 1, "Health", List.of(
            new FormField("diagnosis", FieldType.TEXT, "Diagnosis", false).asSensitive(),
            new FormField("notes", FieldType.TEXT, "Notes", false)));

    private SensitiveEnrollments() {
    }

    /** The forms: {@link #HEALTH} for every organization. */
    static FormProvider forms() {
        return new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                return List.of(HEALTH);
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                return HEALTH.id().equals(formId) && version == HEALTH.version() ? Optional.of(HEALTH) : Optional.empty();
            }
        };
    }

    /** Enrolls the client in the project with a household of its own and this diagnosis on the health form. */
    static Enrollment enroll(Caseload caseload, String clientId, Project project, String diagnosis) {
        String household = caseload.households().create(new CreateHousehold(clientId)).id();
        return caseload.enrollments().enroll(new EnrollClient(clientId, project.id(), household,
                LocalDate.of(2026, 3, 2), List.of(new FormValues(HEALTH.id(), HEALTH.version(), Map.of(
                        "diagnosis", FieldValue.text(diagnosis), "notes", FieldValue.text("Seen at intake"))))));
    }
}
