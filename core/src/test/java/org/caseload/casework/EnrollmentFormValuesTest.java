// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.TODAY;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values entered through custom forms on enrollment (the forms of {@code src/test/resources/forms}):
 * checked against the form version they name, stored with the enrollment and read back with it.
 */
class EnrollmentFormValuesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final EnrollmentService enrollments = bed.caseload.enrollments();
    private final String maria = bed.clientOfA("Maria");
    private final Project shelter = bed.projectOfA("Shelter");
    private final Household household = bed.caseload.households().create(new CreateHousehold(maria));

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void validValuesAreCompletedStoredAndReadBackWithTheEnrollment() {
        FormValues intake = new FormValues("intake", 1, Map.of(
                "employed", FieldValue.bool(true),
                "income", FieldValue.number(new BigDecimal("850.25")),
                "employer", FieldValue.text("  Acme  ")));
        FormValues consent = new FormValues("consent", 1, Map.of("signedOn", FieldValue.date(JAN_1)));

        Enrollment enrolled = enrollments.enroll(enroll(intake, consent));

        List<FormValues> stored = List.of(new FormValues("intake", 1, Map.of(
                "employed", FieldValue.bool(true),
                "income", FieldValue.number(new BigDecimal("850.25")),
                "employer", FieldValue.text("Acme"),
                "sleptAt", FieldValue.choice("shelter"))), consent);
        assertThat(enrolled.forms()).isEqualTo(stored);
        assertThat(enrollments.get(enrolled.id()).forms()).isEqualTo(stored);
        assertThat(enrollments.enrollmentsOf(maria)).singleElement()
                .satisfies(enrollment -> assertThat(enrollment.forms()).isEqualTo(stored));
        Enrollment exited = enrollments.exit(new ExitEnrollment(enrolled.id(), enrolled.version(), TODAY,
                Destination.OTHER));
        assertThat(exited.forms()).isEqualTo(stored);
    }

    @Test
    void anEnrollmentWithoutFormsHasNone() {
        assertThat(enrollments.enroll(new EnrollClient(maria, shelter.id(), household.id(), JAN_1)).forms())
                .isEmpty();
    }

    @Test
    void valuesThatBreakTheFormAreRefusedAtTheirFieldAndNothingIsStored() {
        FormValues missingRequired = new FormValues("intake", 2, Map.of("employed", FieldValue.bool(false)));
        FormValues unknownField = new FormValues("consent", 1, Map.of(
                "signedOn", FieldValue.date(JAN_1), "colour", FieldValue.text("blue")));

        assertThat(violations(enroll(missingRequired, unknownField))).containsExactly(
                tuple("forms[0].values[householdSize]", "caseload.form.field.required"),
                tuple("forms[1].values[colour]", "caseload.form.field.unknown"));
        assertThat(enrollments.enrollmentsOf(maria)).isEmpty();
    }

    @Test
    void anUnknownVersionARepeatedFormOrAFormOfAnotherOrganizationIsRefused() {
        FormValues consent = new FormValues("consent", 1, Map.of("signedOn", FieldValue.date(JAN_1)));

        assertThat(violations(enroll(new FormValues("intake", 9, Map.of()), consent, consent))).containsExactly(
                tuple("forms[0]", "caseload.form.unknown"),
                tuple("forms[2]", "caseload.form.repeated"));
        bed.as(WORKER_B);
        assertThat(violations(() -> KernelAccess.of(bed.caseload).validate(
                enroll(new FormValues("intake", 1, Map.of("employed", FieldValue.bool(false)))))))
                .containsExactly(tuple("forms[0]", "caseload.form.unknown"));
    }

    private EnrollClient enroll(FormValues... forms) {
        return new EnrollClient(maria, shelter.id(), household.id(), JAN_1, List.of(forms));
    }

    private List<Tuple> violations(EnrollClient command) {
        return violations(() -> enrollments.enroll(command));
    }

    private static List<Tuple> violations(Runnable call) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, call::run);
        assertThat(failure).as("a ValidationException").isNotNull();
        return failure.violations().stream().map(violation -> tuple(violation.path(), violation.messageKey())).toList();
    }
}
