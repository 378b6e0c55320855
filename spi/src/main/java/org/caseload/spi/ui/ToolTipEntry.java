package org.caseload.spi.ui;

import java.util.Locale;
import java.util.Objects;

/**
 * The text of one tool tip, for one field of one screen, in one locale, at one level.
 *
 * @param organizationId the organization it belongs to, or null for the product default
 * @param screenId       the stable id of the screen; required
 * @param fieldId        the stable id of the field on that screen; required
 * @param locale         the locale of the text ({@code fr-CA}, {@code fr}, {@code en}); required
 * @param text           the tip; required
 */
public record ToolTipEntry(String organizationId, String screenId, String fieldId, Locale locale, String text) {
    public ToolTipEntry {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
    }
}
