// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormField;

/** Checks one value against its field: its kind, its limits and the field's options. */
final class FieldRules {

    static final String TYPE = "caseload.form.field.type";
    static final String TOO_SHORT = "caseload.form.field.tooShort";
    static final String TOO_LONG = "caseload.form.field.tooLong";
    static final String PATTERN = "caseload.form.field.pattern";
    static final String BELOW_MIN = "caseload.form.field.belowMin";
    static final String ABOVE_MAX = "caseload.form.field.aboveMax";
    static final String TOO_EARLY = "caseload.form.field.tooEarly";
    static final String TOO_LATE = "caseload.form.field.tooLate";
    static final String OPTION = "caseload.form.field.option";

    private FieldRules() {
    }

    /** Every rule of {@code field} that {@code value} breaks; empty when it fits. */
    static List<FieldProblem> check(FormField field, FieldValue value) {
        String id = field.id();
        if (value.type() != field.type()) {
            return List.of(FieldProblem.of(id, TYPE, "type", field.type().name()));
        }
        FieldLimits limits = field.limits();
        List<FieldProblem> problems = new ArrayList<>();
        if (value instanceof FieldValue.TextValue text) {
            int length = text.text().codePointCount(0, text.text().length());
            if (limits.minLength() != null && length < limits.minLength()) {
                problems.add(FieldProblem.of(id, TOO_SHORT, "min", limits.minLength()));
            }
            if (limits.maxLength() != null && length > limits.maxLength()) {
                problems.add(FieldProblem.of(id, TOO_LONG, "max", limits.maxLength()));
            }
            if (limits.pattern() != null && !Pattern.compile(limits.pattern()).matcher(text.text()).matches()) {
                problems.add(FieldProblem.of(id, PATTERN));
            }
        } else if (value instanceof FieldValue.NumberValue number) {
            if (limits.min() != null && number.number().compareTo(limits.min()) < 0) {
                problems.add(FieldProblem.of(id, BELOW_MIN, "min", limits.min().toPlainString()));
            }
            if (limits.max() != null && number.number().compareTo(limits.max()) > 0) {
                problems.add(FieldProblem.of(id, ABOVE_MAX, "max", limits.max().toPlainString()));
            }
        } else if (value instanceof FieldValue.DateValue date) {
            if (limits.earliest() != null && date.date().isBefore(limits.earliest())) {
                problems.add(FieldProblem.of(id, TOO_EARLY, "earliest", limits.earliest().toString()));
            }
            if (limits.latest() != null && date.date().isAfter(limits.latest())) {
                problems.add(FieldProblem.of(id, TOO_LATE, "latest", limits.latest().toString()));
            }
        } else if (!chosenOptionsExist(field, value)) {
            problems.add(FieldProblem.of(id, OPTION));
        }
        return problems;
    }

    private static boolean chosenOptionsExist(FormField field, FieldValue value) {
        if (value instanceof FieldValue.ChoiceValue choice) {
            return field.hasOption(choice.option());
        }
        if (value instanceof FieldValue.ChoicesValue choices) {
            return choices.options().stream().allMatch(field::hasOption);
        }
        return true;
    }
}
