// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Objects;

/**
 * One field of one screen, by their stable ids. Immutable.
 *
 * @param screenId never null
 * @param fieldId  never null
 */
public record ScreenField(String screenId, String fieldId) {
    public ScreenField {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(fieldId, "fieldId");
    }
}
