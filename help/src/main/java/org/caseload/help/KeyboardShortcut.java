// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Objects;

/**
 * A keyboard shortcut as one user sees it: on their platform, in their organization, in their
 * locale. Immutable.
 *
 * @param actionId    the stable id of the action the host runs, such as {@code client.search}; never null
 * @param keys        the key combination labelled for the platform, such as {@code Ctrl+K} or
 *                    {@code ⌘K}; never null
 * @param description what the action does, in the user's locale or its fallback; never null
 * @param screenId    the screen where the shortcut works, or null when it works on every screen
 */
public record KeyboardShortcut(String actionId, String keys, String description, String screenId) {
    public KeyboardShortcut {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
    }
}
