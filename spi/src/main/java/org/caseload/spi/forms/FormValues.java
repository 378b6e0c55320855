// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.Map;
import java.util.Objects;

/**
 * The values entered through one version of a custom form, stored with the record they belong to
 * (a client, an enrollment). They stay tied to the version they were entered with: a newer version
 * of the form never invalidates them.
 *
 * @param formId      the form's id; required, not blank
 * @param formVersion the version the values were entered with, at least 1
 * @param values      the entered values by field id; fields left empty are absent; required
 */
public record FormValues(String formId, int formVersion, Map<String, FieldValue> values) {
    public FormValues {
        Objects.requireNonNull(formId, "formId");
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
        if (formId.isBlank()) {
            throw new IllegalArgumentException("a form id must not be blank");
        }
        if (formVersion < 1) {
            throw new IllegalArgumentException("formVersion must be at least 1, was " + formVersion);
        }
    }
}
