// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.List;
import java.util.Map;
import org.caseload.help.KeyboardShortcut;
import org.caseload.spi.identity.Principal;

/**
 * What the layout around every page shows: the title, who is signed in, the navigation, the
 * screen's Help menu, tool tips and keyboard shortcuts, and the CSRF token that every form sends.
 *
 * @param title      the page's h1 and title
 * @param screenId   the screen id of the Help menu, tool tips, shortcuts and the ticket links
 * @param user       the signed-in user, or null
 * @param csrfToken  the session's synchronizer token, sent by every form as {@value CsrfCheck#FIELD}
 * @param navigation the main navigation links the user may follow
 * @param helpMenu   the Help menu's entries, in order (empty when nobody is signed in)
 * @param shortcuts  the keyboard shortcuts that work on the screen
 * @param toolTips   the tool tips of the screen's fields, by field id
 * @param currentPath the request's path, to mark the current navigation link
 * @param flash      the confirmation of what the user just did, or null
 */
public record Chrome(String title, String screenId, Principal user, String csrfToken,
                     List<Routes.NavLink> navigation, List<MenuLink> helpMenu, List<KeyboardShortcut> shortcuts,
                     Map<String, String> toolTips, String currentPath, String flash) {

    /** The form field carrying the CSRF token. */
    public String csrfField() {
        return CsrfCheck.FIELD;
    }

    /** The page's language, the signed-in user's or English. */
    public String lang() {
        return user == null ? "en" : user.locale().toLanguageTag();
    }

    /** The tool tip of a field of this screen, or null when it has none. */
    public String tip(String fieldId) {
        return toolTips.get(fieldId);
    }

    /** Whether the navigation link is the current page's (or a parent of it). */
    public boolean current(Routes.NavLink link) {
        return currentPath.equals(link.href()) || currentPath.startsWith(link.href() + "/");
    }

    /**
     * One Help menu entry as a link or a button.
     *
     * @param id       the help module's stable id of the entry, such as {@code documentation}
     * @param label    what the user reads
     * @param href     where it leads; null for the keyboard shortcuts entry, which opens the list
     * @param external whether it leaves the site (a video)
     */
    public record MenuLink(String id, String label, String href, boolean external) {
    }
}
