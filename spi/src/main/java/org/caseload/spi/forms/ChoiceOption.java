// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.Objects;

/**
 * One option of a single or multiple choice field.
 *
 * @param value what is stored when the option is chosen; required, not blank, stable across versions
 * @param label what users see; required
 */
public record ChoiceOption(String value, String label) {
    public ChoiceOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an option value must not be blank");
        }
    }
}
