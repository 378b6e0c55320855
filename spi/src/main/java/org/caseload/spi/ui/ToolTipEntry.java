// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Locale;
import java.util.Objects;

/**
 * The text of one tool tip, for one field of one screen, in one locale, at one level: the product
 * default, an organization's override, or the override for one of an organization's custom forms
 * shown on that screen.
 *
 * @param organizationId the organization it belongs to, or null for the product default
 * @param screenId       the stable id of the screen; required
 * @param fieldId        the stable id of the field on that screen; required
 * @param locale         the locale of the text ({@code fr-CA}, {@code fr}, {@code en}); required
 * @param text           the tip; required
 * @param formId         the organization's custom form the tip belongs to, or null when it holds for
 *                       the screen whatever form it shows; only an organization's tip may name a form
 */
public record ToolTipEntry(String organizationId, String screenId, String fieldId, Locale locale, String text,
                           String formId) {
    /**
     * Checks the components and creates the record.
     *
     * @throws IllegalArgumentException when a form is named without an organization
     */
    public ToolTipEntry {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
        if (formId != null && organizationId == null) {
            throw new IllegalArgumentException("custom form " + formId + " belongs to an organization: "
                    + "a product default tool tip cannot name one");
        }
    }

    /** A tip that holds for the screen whatever form it shows. */
    public ToolTipEntry(String organizationId, String screenId, String fieldId, Locale locale, String text) {
        this(organizationId, screenId, fieldId, locale, text, null);
    }
}
