// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the Help menu's entries, from {@code menu.properties} beside this class and its
 * translations. A user's locale falls back to its language, then to the English base file, never
 * to the JVM's default locale. Thread-safe (the JDK caches the bundles).
 */
final class MenuLabels {

    private static final String BUNDLE = "org.caseload.help.internal.menu";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MenuLabels() {
    }

    /** The label of the entry with this id, in the locale or its fallback. */
    static String of(String itemId, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale.stripExtensions(), MenuLabels.class.getClassLoader(),
                NO_DEFAULT_LOCALE).getString(itemId);
    }
}
