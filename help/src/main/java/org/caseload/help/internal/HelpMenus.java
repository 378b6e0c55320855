// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
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
    /** Whether a user may read the published version of an article: the menu never links anything else. */
    private final BiPredicate<Principal, String> readable;

    HelpMenus(ScreenGuides guides, ShortcutRegistry shortcuts, BiPredicate<Principal, String> readable) {
        this.guides = guides;
        this.shortcuts = shortcuts;
        this.readable = readable;
    }

    HelpMenu menu(Principal user, String screenId, Platform platform) {
        Locale locale = user.locale();
        List<HelpMenuItem> items = new ArrayList<>();
        guides.documentation(screenId).filter(article -> readable.test(user, article)).ifPresent(article ->
                items.add(new HelpMenuItem.Documentation(MenuLabels.of("documentation", locale), article)));
        guides.video(screenId).ifPresent(url ->
                items.add(new HelpMenuItem.Video(MenuLabels.of("video", locale), url)));
        if (user.hasPermission(Permission.DESIGN.key())) {
            guides.toolDocumentation(screenId).filter(article -> readable.test(user, article)).ifPresent(article -> items.add(
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
