// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form definition is consistent when constructed, whoever builds it. */
class FormDefinitionTest {

    private static final List<ChoiceOption> OPTIONS = List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B"));

    @Test
    void limitsAreConsistentAndFitTheFieldType() {
        assertThatThrownBy(() -> FieldLimits.text(5, 2, null)).hasMessage("minLength 5 exceeds maxLength 2");
        assertThatThrownBy(() -> FieldLimits.text(null, null, "[a-")).hasMessageStartingWith("pattern is not a regular expression");
        assertThatThrownBy(() -> FieldLimits.date(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .hasMessage("earliest 2024-02-01 is after latest 2024-01-01");
        assertThatThrownBy(() -> new FormField("age", FieldType.TEXT, "Age", false,
                FieldLimits.number(BigDecimal.ONE, null), List.of(), null, null, null))
                .hasMessage("field \"age\": min and max numbers apply only to number fields, not TEXT");
    }

    @Test
    void optionsBelongToChoiceFieldsAndAreUnique() {
        assertThatThrownBy(() -> new FormField("pet", FieldType.SINGLE_CHOICE, "Pet", false))
                .hasMessage("field \"pet\": a SINGLE_CHOICE field needs at least one option");
        assertThatThrownBy(() -> new FormField("pet", FieldType.MULTIPLE_CHOICE, "Pet", false, FieldLimits.NONE,
                List.of(new ChoiceOption("a", "A"), new ChoiceOption("a", "Again")), null, null, null))
                .hasMessage("field \"pet\": option \"a\" is listed twice");
        assertThatThrownBy(() -> new FormField("age", FieldType.NUMBER, "Age", false, FieldLimits.NONE, OPTIONS, null,
                null, null)).hasMessage("field \"age\": options apply only to choice fields, not NUMBER");
    }

    @Test
    void aDefaultIsOfTheFieldsKindAndOneOfItsOptions() {
        assertThatThrownBy(() -> new FormField("age", FieldType.NUMBER, "Age", false, FieldLimits.NONE, List.of(),
                FieldValue.text("3"), null, null))
                .hasMessage("field \"age\": the default must be a NUMBER value, not a TEXT value");
        assertThatThrownBy(() -> new FormField("pets", FieldType.MULTIPLE_CHOICE, "Pets", false, FieldLimits.NONE,
                OPTIONS, FieldValue.choices("a", "c"), null, null))
                .hasMessage("field \"pets\": the default \"c\" is not one of the options");
    }

    @Test
    void rulesReferToAnEarlierFieldWithValuesItCanHold() {
        FormField pets = new FormField("pets", FieldType.MULTIPLE_CHOICE, "Pets", false, FieldLimits.NONE, OPTIONS, null,
                null, null);
        FormField self = new FormField("x", FieldType.TEXT, "X", false);

        assertThatThrownBy(() -> new FormField("x", FieldType.TEXT, "X", false, FieldLimits.NONE, List.of(), null,
                FieldCondition.equalTo("x", FieldValue.text("y")), null))
                .hasMessage("field \"x\": showIf must refer to another field");
        assertThatThrownBy(() -> form(withRule("later", FieldValue.text("y")), self))
                .hasMessage("field \"rule\": requiredIf refers to \"later\", which is not a field before it");
        assertThatThrownBy(() -> form(pets, withRule("pets", FieldValue.choice("c"))))
                .hasMessage("field \"rule\": requiredIf names option \"c\", which field \"pets\" does not have");
        assertThatThrownBy(() -> form(pets, withRule("pets", FieldValue.choices("a"))))
                .hasMessage("field \"rule\": requiredIf compares \"pets\" with a MULTIPLE_CHOICE value, but it holds "
                        + "MULTIPLE_CHOICE values");
        assertThatThrownBy(() -> form(self, self)).hasMessage("field \"x\": the id is used by an earlier field");
    }

    @Test
    void emptyOrRepeatedChoicesAreNoValue() {
        assertThatThrownBy(() -> FieldValue.choices()).hasMessageStartingWith("a multiple choice holds at least one option");
        assertThatThrownBy(() -> FieldValue.choices("a", "a")).hasMessage("a multiple choice holds each option once");
    }

    private static FormField withRule(String fieldId, FieldValue value) {
        return new FormField("rule", FieldType.TEXT, "Rule", false, FieldLimits.NONE, List.of(), null, null,
                FieldCondition.equalTo(fieldId, value));
    }

    private static FormDefinition form(FormField... fields) {
        return new FormDefinition("form", 1, "Form", List.of(fields));
    }
}
