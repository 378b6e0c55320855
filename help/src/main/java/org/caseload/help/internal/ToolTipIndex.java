// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseload.help.ToolTip;
import org.caseload.help.ToolTip.Source;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ToolTipEntry;

/**
 * Every tool tip of the help content, keyed by organization, custom form, screen, field and locale,
 * so that a lookup is a few hash probes. Resolution follows the rule documented on
 * {@link org.caseload.help.HelpService}. Immutable and thread-safe.
 */
final class ToolTipIndex {

    /** One tip's place; {@code organizationId} is null for the product default, {@code formId} for a screen's tip. */
    private record Key(String organizationId, String formId, String screenId, String fieldId, Locale locale) {
    }

    private final Map<Key, ToolTipEntry> entries;

    private ToolTipIndex(Map<Key, ToolTipEntry> entries) {
        this.entries = entries;
    }

    /**
     * Indexes the content.
     *
     * @throws ConfigurationException when the content is null, holds a null entry, or holds two
     *         entries for the same organization, form, screen, field and locale
     */
    static ToolTipIndex of(List<ToolTipEntry> content) {
        if (content == null) {
            throw new ConfigurationException("the help content source returned null instead of a list of tool tips");
        }
        Map<Key, ToolTipEntry> entries = new HashMap<>();
        Problems problems = new Problems();
        for (ToolTipEntry entry : content) {
            problems.check(() -> add(entries, entry));
        }
        problems.throwIfAny("the tool tips");
        return new ToolTipIndex(Map.copyOf(entries));
    }

    private static void add(Map<Key, ToolTipEntry> entries, ToolTipEntry entry) {
        if (entry == null) {
            throw new ConfigurationException("the help content source returned a null tool tip");
        }
        Key key = new Key(entry.organizationId(), entry.formId(), entry.screenId(), entry.fieldId(),
                entry.locale().stripExtensions());
        if (entries.putIfAbsent(key, entry) != null) {
            throw new ConfigurationException("the help content holds two tool tips for screen " + key.screenId()
                    + (key.formId() == null ? "" : ", form " + key.formId())
                    + ", field " + key.fieldId() + ", locale " + key.locale().toLanguageTag() + " in "
                    + (key.organizationId() == null ? "the product defaults"
                            : "organization " + key.organizationId()));
        }
    }

    /**
     * The tip of a field for a user of this organization and locale: the organization's text for
     * the form first (when a form is named), then the organization's for the screen, then the product's.
     *
     * @param formId the organization's custom form shown on the screen, or null
     */
    Optional<ToolTip> find(String organizationId, Locale userLocale, String screenId, String formId, String fieldId) {
        List<Locale> locales = LocaleFallback.chain(userLocale);
        ToolTip tip = null;
        if (formId != null) {
            tip = find(organizationId, formId, Source.FORM, locales, screenId, fieldId);
        }
        if (tip == null) {
            tip = find(organizationId, null, Source.ORGANIZATION, locales, screenId, fieldId);
        }
        if (tip == null) {
            tip = find(null, null, Source.PRODUCT, locales, screenId, fieldId);
        }
        return Optional.ofNullable(tip);
    }

    private ToolTip find(String organizationId, String formId, Source source, List<Locale> locales,
                         String screenId, String fieldId) {
        for (Locale locale : locales) {
            ToolTipEntry entry = entries.get(new Key(organizationId, formId, screenId, fieldId, locale));
            if (entry != null) {
                return new ToolTip(screenId, fieldId, entry.text(), locale, source);
            }
        }
        return null;
    }
}
