// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The locales a user's locale falls back through, most specific first: the JDK's resource-bundle
 * candidates without the root locale ({@code fr-CA}, {@code fr}), then English. Thread-safe.
 */
public final class LocaleFallback {

    private static final ResourceBundle.Control CANDIDATES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);
    /** Chains are computed on every tool tip lookup; the locales users have are few, so they are kept. */
    private static final Map<Locale, List<Locale>> CHAINS = new ConcurrentHashMap<>();

    private LocaleFallback() {
    }

    /** The chain of {@code locale}, ignoring its extensions; never empty, always ending in English. */
    public static List<Locale> chain(Locale locale) {
        return CHAINS.computeIfAbsent(locale, LocaleFallback::compute);
    }

    private static List<Locale> compute(Locale locale) {
        Set<Locale> chain = new LinkedHashSet<>(CANDIDATES.getCandidateLocales("", locale.stripExtensions()));
        chain.remove(Locale.ROOT);
        chain.add(Locale.ENGLISH);
        return List.copyOf(chain);
    }
}
