// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Reads BCP 47 language tags as bundles write them ({@code en}, {@code fr-CA}). */
final class LanguageTags {

    private LanguageTags() {
    }

    /** The locale of a well-formed tag that names a language; empty otherwise. */
    static Optional<Locale> parse(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
