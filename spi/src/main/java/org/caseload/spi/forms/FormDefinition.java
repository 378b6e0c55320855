package org.caseload.spi.forms;

import java.util.List;
import java.util.Objects;

/**
 * One version of an organization's custom form. A form id with a version is immutable: a change
 * is a new version.
 *
 * @param id      the stable id of the form; required
 * @param version the version, at least 1
 * @param title   required
 * @param fields  the fields in display order; required
 */
public record FormDefinition(String id, int version, String title, List<FormField> fields) {
    public FormDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }
}
