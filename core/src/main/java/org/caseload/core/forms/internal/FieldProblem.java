// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import java.util.Map;
import java.util.Objects;

/**
 * One broken rule of a value entered through a form.
 *
 * @param fieldId    the field at fault
 * @param messageKey the rule, as a key of {@code ContributorValidationMessages}
 * @param parameters the values the rule's message names (a limit, never the entered value)
 */
public record FieldProblem(String fieldId, String messageKey, Map<String, Object> parameters) {
    public FieldProblem {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(messageKey, "messageKey");
        parameters = Map.copyOf(parameters);
    }

    static FieldProblem of(String fieldId, String messageKey) {
        return new FieldProblem(fieldId, messageKey, Map.of());
    }

    static FieldProblem of(String fieldId, String messageKey, String parameter, Object value) {
        return new FieldProblem(fieldId, messageKey, Map.of(parameter, value));
    }
}
