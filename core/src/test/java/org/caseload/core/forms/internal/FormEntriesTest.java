// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.ChoiceOption;
import org.caseload.spi.forms.FieldCondition;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;
import org.junit.jupiter.api.Test;

/** How show-if and required-if rules, defaults and blank texts shape what is checked and stored. */
class FormEntriesTest {

    private static final List<ChoiceOption> NEEDS = List.of(new ChoiceOption("food", "Food"),
            new ChoiceOption("bed", "A bed"));

    /** children: number; school (shown when children is 1.0): text; bus (shown when school is "yes"), needs, diet. */
    private static final FormDefinition FORM = new FormDefinition("family", 1, "Family", List.of(
            new FormField("children", FieldType.NUMBER, "Children", false),
            new FormField("school", FieldType.TEXT, "School", false, FieldLimits.NONE, List.of(), FieldValue.text("yes"),
                    FieldCondition.equalTo("children", FieldValue.number(new BigDecimal("1.0"))), null),
            new FormField("bus", FieldType.BOOLEAN, "Bus", false, FieldLimits.NONE, List.of(), FieldValue.bool(false),
                    FieldCondition.equalTo("school", FieldValue.text("yes")), null),
            new FormField("needs", FieldType.MULTIPLE_CHOICE, "Needs", false, FieldLimits.NONE, NEEDS, null, null, null),
            new FormField("diet", FieldType.TEXT, "Diet", false, FieldLimits.NONE, List.of(), null, null,
                    FieldCondition.equalTo("needs", FieldValue.choice("food")))));

    @Test
    void aNumberRuleHoldsForTheSameAmountWrittenWithAnotherScale() {
        FormValues completed = FormEntries.complete(FORM, entered(Map.of("children", FieldValue.number(1))));

        assertThat(completed.values()).containsEntry("school", FieldValue.text("yes")).containsEntry("bus", FieldValue.bool(false));
        assertThat(FormEntries.problems(FORM, completed)).isEmpty();
    }

    @Test
    void aFieldHiddenByItsRuleHidesTheFieldsThatDependOnItAndTakesNoDefault() {
        FormValues completed = FormEntries.complete(FORM, entered(Map.of("children", FieldValue.number(2),
                "bus", FieldValue.bool(true))));

        assertThat(completed.values()).doesNotContainKeys("school");
        assertThat(FormEntries.problems(FORM, completed))
                .containsExactly(new FieldProblem("bus", FormEntries.HIDDEN, Map.of()));
    }

    @Test
    void aRequiredIfRuleOverAMultipleChoiceHoldsWhenTheOptionIsAmongThoseChosen() {
        FormValues withFood = FormEntries.complete(FORM, entered(Map.of("needs", FieldValue.choices("bed", "food"))));
        FormValues withBed = FormEntries.complete(FORM, entered(Map.of("needs", FieldValue.choices("bed"))));

        assertThat(FormEntries.problems(FORM, withFood))
                .containsExactly(new FieldProblem("diet", FormEntries.REQUIRED, Map.of()));
        assertThat(FormEntries.problems(FORM, withBed)).isEmpty();
    }

    @Test
    void aBlankTextIsAnEmptyFieldAndOtherTextsAreStoredTrimmedAndComposed() {
        FormValues completed = FormEntries.complete(FORM, entered(Map.of("children", FieldValue.number(1),
                "school", FieldValue.text("  "), "diet", FieldValue.text(" Cafe\u0301 "))));

        assertThat(completed.values()).containsEntry("school", FieldValue.text("yes"))
                .containsEntry("diet", FieldValue.text("Caf\u00e9"));
    }

    @Test
    void storedEntriesAreReplacedInPlaceAndNewOnesAdded() {
        FormValues intake = new FormValues("intake", 1, Map.of());
        FormValues consent = new FormValues("consent", 1, Map.of());
        FormValues intakeAgain = new FormValues("intake", 2, Map.of());

        assertThat(FormEntries.merge(List.of(intake, consent), List.of(new FormValues("exit", 1, Map.of()), intakeAgain)))
                .containsExactly(intakeAgain, consent, new FormValues("exit", 1, Map.of()));
    }

    @Test
    void aFormVersionNoLongerProvidedWhenValuesAreStoredIsAViolationOfTheirEntry() {
        FormProvider withoutForms = FormProvider.none();

        assertThatThrownBy(() -> FormEntries.completeAll(withoutForms, "org-a", List.of(entered(Map.of()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("forms[0]", "caseload.form.unknown")));
    }

    private static FormValues entered(Map<String, FieldValue> values) {
        return new FormValues("family", 1, values);
    }
}
