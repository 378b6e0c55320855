// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Objects;

/**
 * One screen of the host's screen catalogue, with the fields that can carry a tool tip.
 * Immutable.
 *
 * @param id       the stable id of the screen; required
 * @param fieldIds the stable ids of its fields; required, copied
 */
public record Screen(String id, List<String> fieldIds) {
    public Screen {
        Objects.requireNonNull(id, "id");
        fieldIds = List.copyOf(Objects.requireNonNull(fieldIds, "fieldIds"));
    }

    /** A screen with these fields. */
    public static Screen of(String id, String... fieldIds) {
        return new Screen(id, List.of(fieldIds));
    }
}
