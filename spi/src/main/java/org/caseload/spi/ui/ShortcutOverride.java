// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Objects;

/**
 * An organization's change to one of the product's keyboard shortcuts.
 *
 * @param organizationId the organization; required
 * @param actionId       the action whose shortcut changes; required
 * @param keys           the organization's key combination, or null to disable the shortcut
 */
public record ShortcutOverride(String organizationId, String actionId, String keys) {
    public ShortcutOverride {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actionId, "actionId");
    }

    /** Whether the organization turns the shortcut off. */
    public boolean disables() {
        return keys == null;
    }
}
