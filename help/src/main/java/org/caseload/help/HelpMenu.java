// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Objects;

/**
 * The Help menu of one screen for one user, in display order, for the host to render and wire.
 * Immutable.
 *
 * @param screenId the screen; never null
 * @param items    the entries the user may choose; never null
 */
public record HelpMenu(String screenId, List<HelpMenuItem> items) {
    public HelpMenu {
        Objects.requireNonNull(screenId, "screenId");
        items = List.copyOf(items);
    }

    /** The stable ids of the items, in display order. */
    public List<String> itemIds() {
        return items.stream().map(HelpMenuItem::id).toList();
    }
}
