// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.List;
import java.util.Objects;

/**
 * A rule over another field of the same form, for show-if and required-if: it holds when that
 * field's value is one of {@link #anyOf()} (for a multiple choice field, when one of its chosen
 * options is). A field without a value, or hidden by its own show-if rule, satisfies no condition.
 *
 * @param fieldId the id of a field that comes before the field this rule belongs to; required
 * @param anyOf   the values that make the rule hold, each of the kind that field holds (a
 *                {@link FieldValue.ChoiceValue} for either kind of choice field); at least one
 */
public record FieldCondition(String fieldId, List<FieldValue> anyOf) {
    public FieldCondition {
        Objects.requireNonNull(fieldId, "fieldId");
        anyOf = List.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a condition on field \"" + fieldId + "\" needs at least one value");
        }
    }

    /** A rule that holds when the field has this value. */
    public static FieldCondition equalTo(String fieldId, FieldValue value) {
        return new FieldCondition(fieldId, List.of(value));
    }
}
