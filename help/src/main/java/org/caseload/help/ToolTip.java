// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;

/**
 * The tool tip shown for one field of one screen, as resolved for the current user. Immutable.
 *
 * @param screenId the stable id of the screen; never null
 * @param fieldId  the stable id of the field on that screen; never null
 * @param text     the tip; never null
 * @param locale   the locale of the text that matched, which may be a fallback of the user's
 *                 locale ({@code fr} or {@code en} for a {@code fr-CA} user); never null
 * @param source   whether the text is the override for the organization's custom form, the
 *                 organization's override or the product default; never null
 */
public record ToolTip(String screenId, String fieldId, String text, Locale locale, Source source) {

    public ToolTip {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(source, "source");
    }

    /** Where the text of a tool tip comes from. */
    public enum Source {
        /** The user's organization wrote the text for its custom form shown on the screen. */
        FORM,
        /** The user's organization overrides the product's text. */
        ORGANIZATION,
        /** The text the product ships. */
        PRODUCT
    }
}
