// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseload.core.Permission;
import org.caseload.help.HelpMenu;
import org.caseload.help.HelpMenuItem;
import org.caseload.help.Platform;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketKind;

/** Assembles the Help menu of a screen for a user, from the screens' guides and the shortcuts. Thread-safe. */
final class HelpMenus {

    private final ScreenGuides guides;
    private final ShortcutRegistry shortcuts;

    HelpMenus(ScreenGuides guides, ShortcutRegistry shortcuts) {
        this.guides = guides;
        this.shortcuts = shortcuts;
    }

    HelpMenu menu(Principal user, String screenId, Platform platform) {
        Locale locale = user.locale();
        List<HelpMenuItem> items = new ArrayList<>();
        guides.documentation(screenId).ifPresent(article ->
                items.add(new HelpMenuItem.Documentation(MenuLabels.of("documentation", locale), article)));
        guides.video(screenId).ifPresent(url ->
                items.add(new HelpMenuItem.Video(MenuLabels.of("video", locale), url)));
        if (user.hasPermission(Permission.DESIGN.key())) {
            guides.toolDocumentation(screenId).ifPresent(article -> items.add(
                    new HelpMenuItem.ToolDocumentation(MenuLabels.of("tool-documentation", locale), article)));
        }
        items.add(new HelpMenuItem.KeyboardShortcuts(MenuLabels.of("keyboard-shortcuts", locale),
                shortcuts.active(user.organizationId(), screenId, platform, locale)));
        for (TicketKind kind : TicketKind.values()) {
            items.add(new HelpMenuItem.NewTicket(MenuLabels.of(HelpMenuItem.NewTicket.idOf(kind), locale), kind));
        }
        return new HelpMenu(screenId, items);
    }
}
