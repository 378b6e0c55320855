// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which fields of a screen catalogue have a tool tip, as the users of one organization in one
 * locale would see them. Immutable.
 *
 * @param organizationId the organization the tips were resolved for; never null
 * @param locale         the locale the tips were resolved for; never null
 * @param fieldCount     how many fields the catalogue declares
 * @param missing        the fields that have no tip in any locale of the chain, in catalogue order
 * @param untranslated   the fields whose tip exists only in another language (an English fallback
 *                       for a French user), in catalogue order
 */
public record ToolTipCoverage(String organizationId, Locale locale, int fieldCount, List<ScreenField> missing,
                              List<ScreenField> untranslated) {
    public ToolTipCoverage {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(locale, "locale");
        missing = List.copyOf(missing);
        untranslated = List.copyOf(untranslated);
    }

    /** Whether every field has a tip in the locale's own language. */
    public boolean complete() {
        return missing.isEmpty() && untranslated.isEmpty();
    }
}
