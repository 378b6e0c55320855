package org.caseload.help.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The locales a user's locale falls back through, most specific first: the JDK's resource-bundle
 * candidates without the root locale ({@code fr-CA}, {@code fr}), then English.
 */
final class LocaleFallback {

    private static final ResourceBundle.Control CANDIDATES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private LocaleFallback() {
    }

    /** The chain of {@code locale}, ignoring its extensions; never empty, always ending in English. */
    static List<Locale> chain(Locale locale) {
        Set<Locale> chain = new LinkedHashSet<>(CANDIDATES.getCandidateLocales("", locale.stripExtensions()));
        chain.remove(Locale.ROOT);
        chain.add(Locale.ENGLISH);
        return List.copyOf(chain);
    }
}
