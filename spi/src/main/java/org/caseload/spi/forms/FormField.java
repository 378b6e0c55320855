package org.caseload.spi.forms;

import java.util.Objects;

/**
 * One field of a custom form.
 *
 * @param id       the stable id of the field within its form; required
 * @param type     required
 * @param label    the label shown to users; required
 * @param required whether a value must be entered
 */
public record FormField(String id, FieldType type, String label, boolean required) {
    public FormField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }
}
