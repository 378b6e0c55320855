// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of an organization's custom form. A form id with a version is immutable: a change
 * is a new version, and values entered under an older version stay valid under it.
 *
 * <p>Consistent when constructed: field ids are unique, and a show-if or required-if rule refers
 * to a field before its own (so rules never form a cycle) with values that field can hold.
 *
 * @param id      the stable id of the form; required, not blank
 * @param version the version, at least 1
 * @param title   required
 * @param fields  the fields in display order; required
 */
public record FormDefinition(String id, int version, String title, List<FormField> fields) {
    /**
     * Checks the components and creates the record.
     *
     * @throws IllegalArgumentException naming the field at fault when the fields are inconsistent
     */
    public FormDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("a form id must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        Map<String, FormField> earlier = new HashMap<>();
        for (FormField field : fields) {
            checkCondition(field, field.showIf(), "showIf", earlier);
            checkCondition(field, field.requiredIf(), "requiredIf", earlier);
            if (earlier.put(field.id(), field) != null) {
                throw new IllegalArgumentException("field \"" + field.id() + "\": the id is used by an earlier field");
            }
        }
    }

    private static void checkCondition(FormField field, FieldCondition condition, String rule,
                                       Map<String, FormField> earlier) {
        if (condition == null) {
            return;
        }
        FormField target = earlier.get(condition.fieldId());
        if (target == null) {
            throw new IllegalArgumentException("field \"" + field.id() + "\": " + rule + " refers to \""
                    + condition.fieldId() + "\", which is not a field before it");
        }
        FieldType expected = target.isChoice() ? FieldType.SINGLE_CHOICE : target.type();
        for (FieldValue value : condition.anyOf()) {
            if (value.type() != expected) {
                throw new IllegalArgumentException("field \"" + field.id() + "\": " + rule + " compares \""
                        + target.id() + "\" with a " + value.type() + " value, but it holds " + target.type()
                        + " values");
            }
            for (String option : FormField.chosenOptions(value)) {
                if (!target.hasOption(option)) {
                    throw new IllegalArgumentException("field \"" + field.id() + "\": " + rule + " names option \""
                            + option + "\", which field \"" + target.id() + "\" does not have");
                }
            }
        }
    }
}
