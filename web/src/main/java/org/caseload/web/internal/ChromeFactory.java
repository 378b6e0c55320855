// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.Permission;
import org.caseload.help.HelpMenuItem;
import org.caseload.help.HelpService;
import org.caseload.help.KeyboardShortcut;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * Builds the {@link Chrome} of a page from the help module: the screen's Help menu (with the
 * ticket entries pointing at the ticket form with the screen id), its shortcuts and tool tips.
 * A user without {@code help.read} (a vendor's agent) gets a page without them.
 */
public final class ChromeFactory {

    private final HelpService help;
    private final List<Routes.NavLink> navigation;

    /** Builds the chrome from this help service. */
    public ChromeFactory(HelpService help) {
        this(help, List.of());
    }

    private ChromeFactory(HelpService help, List<Routes.NavLink> navigation) {
        this.help = help;
        this.navigation = navigation;
    }

    ChromeFactory withNavigation(List<Routes.NavLink> links) {
        return new ChromeFactory(help, List.copyOf(links));
    }

    /** The ticket form's address for this kind, carrying the screen the user was on. */
    public static String ticketLink(TicketKind kind, String screenId) {
        return "/tickets/new?kind=" + kind.name().toLowerCase(java.util.Locale.ROOT) + "&screen="
                + URLEncoder.encode(screenId, StandardCharsets.UTF_8);
    }

    Chrome chrome(String title, String screenId, Principal user, String csrfToken, WebRequest request) {
        if (user == null) {
            return new Chrome(title, screenId, null, csrfToken, List.of(), List.of(), List.of(), Map.of(),
                    request.uri(), null);
        }
        List<Routes.NavLink> allowed = navigation.stream()
                .filter(link -> link.permission() == null || user.hasPermission(link.permission()))
                .toList();
        List<Chrome.MenuLink> menu = new ArrayList<>();
        List<KeyboardShortcut> shortcuts = List.of();
        // The ticket entries only for those who may send a ticket (not a vendor's agent).
        boolean reports = user.hasPermission(Permission.TICKET_SUBMIT.key());
        try {
            for (HelpMenuItem item : help.menu(screenId, request.platform()).items()) {
                if (reports || !(item instanceof HelpMenuItem.NewTicket)) {
                    menu.add(link(item, screenId));
                }
            }
            shortcuts = help.shortcuts(screenId, request.platform());
        } catch (CaseloadException noHelp) {
            // Without help.read the page has no Help menu; the ticket links below still show.
            menu.clear();
        }
        if (menu.isEmpty() && reports) {
            for (TicketKind kind : TicketKind.values()) {
                menu.add(new Chrome.MenuLink(HelpMenuItem.NewTicket.idOf(kind), ticketLabel(kind),
                        ticketLink(kind, screenId), false));
            }
        }
        return new Chrome(title, screenId, user, csrfToken, allowed, List.copyOf(menu), shortcuts,
                new ToolTips(help, screenId), request.uri(), Flash.of(request.param("done")));
    }

    private static Chrome.MenuLink link(HelpMenuItem item, String screenId) {
        if (item instanceof HelpMenuItem.Documentation doc) {
            return new Chrome.MenuLink(item.id(), item.label(), "/help/articles/" + doc.articleId(), false);
        }
        if (item instanceof HelpMenuItem.ToolDocumentation doc) {
            return new Chrome.MenuLink(item.id(), item.label(), "/help/articles/" + doc.articleId(), false);
        }
        if (item instanceof HelpMenuItem.Video video) {
            return new Chrome.MenuLink(item.id(), item.label(), video.url().toString(), true);
        }
        if (item instanceof HelpMenuItem.NewTicket ticket) {
            return new Chrome.MenuLink(item.id(), item.label(), ticketLink(ticket.kind(), screenId), false);
        }
        // Keyboard Shortcuts: a button that opens the list (the layout's dialog).
        return new Chrome.MenuLink(item.id(), item.label(), null, false);
    }

    private static String ticketLabel(TicketKind kind) {
        return switch (kind) {
            case ISSUE -> "Report an issue";
            case QUESTION -> "Ask a question";
            case SUGGESTION -> "Make a suggestion";
        };
    }

    /** The screen's tool tips, looked up as the template asks for them and kept for the page. */
    private static final class ToolTips extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;
        private final transient HelpService help;
        private final String screenId;

        ToolTips(HelpService help, String screenId) {
            this.help = help;
            this.screenId = screenId;
        }

        @Override
        public String get(Object fieldId) {
            return computeIfAbsent((String) fieldId, field -> {
                try {
                    return help.toolTip(screenId, field).map(tip -> tip.text()).orElse(null);
                } catch (CaseloadException noTip) {
                    return null;
                }
            });
        }
    }
}
