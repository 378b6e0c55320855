// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a custom form. A field is consistent on its own when constructed; rules that involve
 * other fields are checked by {@link FormDefinition}.
 *
 * @param id           the stable id of the field within its form; required, not blank
 * @param type         required
 * @param label        the label shown to users; required
 * @param required     whether a value must be entered (when the field is shown)
 * @param limits       the limits of the value, fitting the type; required ({@link FieldLimits#NONE})
 * @param options      the options of a choice field, at least one, values unique; empty for other types
 * @param defaultValue the value a field left empty takes when the form is entered; null for none;
 *                     of the field's type, and one of its options for a choice field
 * @param showIf       when the field is shown; null to show it always. A hidden field takes no value
 * @param requiredIf   when a value must be entered even though {@code required} is false; null for never
 * @param sensitive    whether the value is personal data that Caseload stores encrypted, as it does
 *                     SSNs (a medical condition, an immigration case number); false by default,
 *                     see {@link #asSensitive()}
 */
public record FormField(String id, FieldType type, String label, boolean required, FieldLimits limits,
                        List<ChoiceOption> options, FieldValue defaultValue, FieldCondition showIf,
                        FieldCondition requiredIf, boolean sensitive) {

    /**
     * Checks the components and creates the record.
     *
     * @throws IllegalArgumentException naming the field, when a component does not fit the type
     */
    public FormField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(limits, "limits");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("a field id must not be blank");
        }
        checkLimits(id, type, limits);
        checkOptions(id, type, options);
        if (defaultValue != null) {
            checkDefault(id, type, options, defaultValue);
        }
        checkNotSelf(id, showIf, "showIf");
        checkNotSelf(id, requiredIf, "requiredIf");
    }

    /**
     * A field that is not sensitive.
     *
     * @throws IllegalArgumentException naming the field, when a component does not fit the type
     */
    public FormField(String id, FieldType type, String label, boolean required, FieldLimits limits,
            List<ChoiceOption> options, FieldValue defaultValue, FieldCondition showIf, FieldCondition requiredIf) {
        this(id, type, label, required, limits, options, defaultValue, showIf, requiredIf, false);
    }

    /** A field without limits, options, default or rules. */
    public FormField(String id, FieldType type, String label, boolean required) {
        this(id, type, label, required, FieldLimits.NONE, List.of(), null, null, null);
    }

    /**
     * This field marked sensitive: its values are stored encrypted, bound to the record, form and
     * field they belong to, and read back as entered.
     */
    public FormField asSensitive() {
        return new FormField(id, type, label, required, limits, options, defaultValue, showIf, requiredIf, true);
    }

    /** Whether the field is a single or multiple choice. */
    public boolean isChoice() {
        return type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE;
    }

    /** Whether the field has an option with this value. */
    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    private static void checkLimits(String id, FieldType type, FieldLimits limits) {
        if (limits.limitsText() && type != FieldType.TEXT) {
            throw problem(id, "minLength, maxLength and pattern apply only to text fields, not " + type);
        }
        if (limits.limitsNumbers() && type != FieldType.NUMBER) {
            throw problem(id, "min and max numbers apply only to number fields, not " + type);
        }
        if (limits.limitsDates() && type != FieldType.DATE) {
            throw problem(id, "earliest and latest dates apply only to date fields, not " + type);
        }
    }

    private static void checkOptions(String id, FieldType type, List<ChoiceOption> options) {
        boolean choice = type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE;
        if (choice && options.isEmpty()) {
            throw problem(id, "a " + type + " field needs at least one option");
        }
        if (!choice && !options.isEmpty()) {
            throw problem(id, "options apply only to choice fields, not " + type);
        }
        Set<String> values = new HashSet<>();
        for (ChoiceOption option : options) {
            if (!values.add(option.value())) {
                throw problem(id, "option \"" + option.value() + "\" is listed twice");
            }
        }
    }

    private static void checkDefault(String id, FieldType type, List<ChoiceOption> options, FieldValue value) {
        if (value.type() != type) {
            throw problem(id, "the default must be a " + type + " value, not a " + value.type() + " value");
        }
        for (String option : chosenOptions(value)) {
            if (options.stream().noneMatch(o -> o.value().equals(option))) {
                throw problem(id, "the default \"" + option + "\" is not one of the options");
            }
        }
    }

    /** The options a choice value names; none for other values. */
    static List<String> chosenOptions(FieldValue value) {
        if (value instanceof FieldValue.ChoiceValue choice) {
            return List.of(choice.option());
        }
        if (value instanceof FieldValue.ChoicesValue choices) {
            return choices.options();
        }
        return List.of();
    }

    private static void checkNotSelf(String id, FieldCondition condition, String rule) {
        if (condition != null && condition.fieldId().equals(id)) {
            throw problem(id, rule + " must refer to another field");
        }
    }

    private static IllegalArgumentException problem(String id, String problem) {
        return new IllegalArgumentException("field \"" + id + "\": " + problem);
    }
}
