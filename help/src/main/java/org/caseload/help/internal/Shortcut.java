// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.Locale;
import java.util.Map;
import org.caseload.help.KeyboardShortcut;
import org.caseload.help.Platform;

/**
 * One registered shortcut: an action, its combination, its scope and its descriptions. Immutable.
 *
 * @param screenId null when the shortcut works on every screen
 */
record Shortcut(String actionId, KeyCombination keys, String screenId, Map<Locale, String> descriptions) {

    /** Whether the two scopes share a screen: every-screen overlaps all, two screens only themselves. */
    boolean overlaps(Shortcut other) {
        return screenId == null || other.screenId == null || screenId.equals(other.screenId);
    }

    /** Whether it works on this screen. */
    boolean worksOn(String screen) {
        return screenId == null || screenId.equals(screen);
    }

    /** The same action and scope on other keys. */
    Shortcut remappedTo(KeyCombination newKeys) {
        return new Shortcut(actionId, newKeys, screenId, descriptions);
    }

    /** How it reads in messages: the action, its keys and its scope. */
    String describe() {
        return actionId + " (" + keys + ", " + (screenId == null ? "every screen" : "screen " + screenId) + ")";
    }

    /** As a user sees it: on their platform, described in the first locale of their chain that has a text. */
    KeyboardShortcut forUser(Platform platform, Locale locale) {
        String description = LocaleFallback.chain(locale).stream().map(descriptions::get)
                .filter(text -> text != null).findFirst().orElseThrow();
        return new KeyboardShortcut(actionId, keys.label(platform), description, screenId);
    }
}
