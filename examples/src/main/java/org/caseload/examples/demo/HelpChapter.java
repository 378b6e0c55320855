// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.LEE;
import static org.caseload.examples.demo.DemoIdentity.SAM;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.HelpMenuItem;
import org.caseload.help.HelpService;
import org.caseload.help.Platform;
import org.caseload.spi.identity.Principal;

/**
 * The demo's help chapter: the Help menu of the intake screen for a case worker and for an
 * administrator with design rights, and a knowledge-base search with a typo. A host renders the
 * menu items; the demo prints them.
 */
final class HelpChapter {

    private static final String INTAKE_SCREEN = "client.intake";

    private final DemoIdentity identity;
    private final Consumer<String> say;

    HelpChapter(DemoIdentity identity, Consumer<String> say) {
        this.identity = identity;
        this.say = say;
    }

    void run(HelpService help) {
        showMenu(help, DANA, Platform.WINDOWS);
        showMenu(help, LEE, Platform.MAC_OS);
        searchWithATypo(help);
    }

    private void showMenu(HelpService help, Principal user, Platform platform) {
        identity.signIn(user);
        say.accept("The Help menu of " + INTAKE_SCREEN + " for " + user.displayName() + " ("
                + user.locale().toLanguageTag() + ", " + platform + "):");
        for (HelpMenuItem item : help.menu(INTAKE_SCREEN, platform).items()) {
            say.accept("  - " + item.label() + describe(item));
        }
    }

    private static String describe(HelpMenuItem item) {
        if (item instanceof HelpMenuItem.Documentation documentation) {
            return " -> article " + documentation.articleId();
        }
        if (item instanceof HelpMenuItem.Video video) {
            return " -> " + video.url();
        }
        if (item instanceof HelpMenuItem.ToolDocumentation tool) {
            return " -> article " + tool.articleId();
        }
        if (item instanceof HelpMenuItem.KeyboardShortcuts shortcuts) {
            return ": " + shortcuts.shortcuts().stream().map(shortcut -> shortcut.keys() + " " + shortcut.description())
                    .collect(Collectors.joining(", "));
        }
        if (item instanceof HelpMenuItem.NewTicket ticket) {
            return " -> new " + ticket.kind() + " ticket";
        }
        return "";
    }

    private void searchWithATypo(HelpService help) {
        identity.signIn(SAM);
        String typed = "what does escalaton mean";
        List<ArticleHit> hits = help.knowledgeBase().search(ArticleSearch.of(typed));
        ArticleHit best = hits.get(0);
        say.accept(SAM.displayName() + " searches the help for \"" + typed + "\": " + hits.size()
                + " articles, first \"" + best.title() + "\" (" + best.articleId() + ")");
        say.accept("  " + best.snippet().marked("[", "]"));
    }
}
