// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A keyboard shortcut the product defines for one action of the host's user interface.
 *
 * @param actionId     the stable id of the action, such as {@code client.search}; required
 * @param keys         the key combination, such as {@code Mod+K} ({@code Mod} is Ctrl on Windows
 *                     and Linux, Cmd on macOS); required; the help module parses and checks it
 * @param screenId     the screen where the shortcut works, or null for every screen
 * @param descriptions what the action does, by locale; required, copied, may be empty
 */
public record ShortcutDefinition(String actionId, String keys, String screenId, Map<Locale, String> descriptions) {
    public ShortcutDefinition {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(keys, "keys");
        descriptions = Map.copyOf(Objects.requireNonNull(descriptions, "descriptions"));
    }
}
