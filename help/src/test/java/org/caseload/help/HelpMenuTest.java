// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.ui.ScreenGuide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** The Help menu of a screen, as users with and without design rights see it. */
class HelpMenuTest {

    private static final String INTAKE = "client.intake";

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final HelpService help = Help.create(caseload, content());

    private static TestContent content() {
        return new TestContent()
                .publishedArticle("user-guide", "User guide", "", "Everything.")
                .publishedArticle("intake", "Intake", "", "Registering a client.")
                .publishedArticle("designer-guide", "Designer guide", "", "Forms.")
                .guide(new ScreenGuide(ScreenGuide.ANY_SCREEN, "user-guide", "https://videos.example/navigation",
                        "designer-guide"))
                .guide(new ScreenGuide(INTAKE, "intake", "https://videos.example/intake", null))
                .shortcut("client.search", "Mod+K", null)
                .shortcut("intake.save", "Mod+S", INTAKE);
    }

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void aUserWithoutDesignRightsSeesNoToolDocumentation() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        HelpMenu menu = help.menu(INTAKE, Platform.WINDOWS);

        assertThat(menu.itemIds()).containsExactly("documentation", "video", "keyboard-shortcuts", "report-issue",
                "ask-question", "make-suggestion");
    }

    @Test
    void aUserWithDesignRightsAlsoSeesToolDocumentation() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));

        List<HelpMenuItem> items = help.menu(INTAKE, Platform.WINDOWS).items();

        assertThat(items).extracting(HelpMenuItem::id).containsExactly("documentation", "video",
                "tool-documentation", "keyboard-shortcuts", "report-issue", "ask-question", "make-suggestion");
        assertThat(items.get(2)).isEqualTo(new HelpMenuItem.ToolDocumentation("Tool Documentation", "designer-guide"));
    }

    @Test
    void eachScreenPointsToItsOwnGuideAndShortcuts() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        List<HelpMenuItem> intake = help.menu(INTAKE, Platform.MAC_OS).items();
        List<HelpMenuItem> households = help.menu("client.households", Platform.MAC_OS).items();

        assertThat(intake.get(0)).isEqualTo(new HelpMenuItem.Documentation("View the Documentation", "intake"));
        assertThat(intake.get(1)).isEqualTo(new HelpMenuItem.Video("Watch a Video",
                URI.create("https://videos.example/intake")));
        assertThat(((HelpMenuItem.KeyboardShortcuts) intake.get(2)).shortcuts())
                .extracting(KeyboardShortcut::keys).containsExactly("⌘K", "⌘S");
        assertThat(households.get(0)).isEqualTo(new HelpMenuItem.Documentation("View the Documentation",
                "user-guide"));
        assertThat(households.get(1)).isEqualTo(new HelpMenuItem.Video("Watch a Video",
                URI.create("https://videos.example/navigation")));
        assertThat(((HelpMenuItem.KeyboardShortcuts) households.get(2)).shortcuts())
                .extracting(KeyboardShortcut::keys).containsExactly("⌘K");
    }

    @Test
    void theTicketItemsCarryTheirKindForTheHostToWire() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.menu(INTAKE, Platform.LINUX).items()).filteredOn(HelpMenuItem.NewTicket.class::isInstance)
                .containsExactly(new HelpMenuItem.NewTicket("Report an issue", TicketKind.ISSUE),
                        new HelpMenuItem.NewTicket("Ask a question", TicketKind.QUESTION),
                        new HelpMenuItem.NewTicket("Make a suggestion", TicketKind.SUGGESTION));
    }

    @Test
    void labelsFollowTheUsersLocale() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.CANADA_FRENCH, Role.HELP_READER));

        assertThat(help.menu(INTAKE, Platform.LINUX).items()).extracting(HelpMenuItem::label).containsExactly(
                "Consulter la documentation", "Regarder une vidéo", "Raccourcis clavier", "Signaler un problème",
                "Poser une question", "Faire une suggestion");
    }

    @Test
    void withoutGuidesTheMenuStillOffersShortcutsAndTickets() {
        HelpService bare = Help.create(caseload, List::of);
        identity.as(TestUsers.user("user-1", "org-a", Locale.GERMAN, Role.HELP_READER, Role.DESIGNER));

        assertThat(bare.menu(INTAKE, Platform.WINDOWS).itemIds()).containsExactly("keyboard-shortcuts",
                "report-issue", "ask-question", "make-suggestion");
    }

    @Test
    void aGuideNamingAMissingArticleIsRejected() {
        TestContent content = new TestContent().guide(new ScreenGuide(INTAKE, "no-such-article", null, null));

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("the guide of screen client.intake names article no-such-article, "
                        + "which the knowledge base does not hold");
    }

    @Test
    void aUserWithoutHelpReadIsDenied() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.CLIENT_READER));

        assertThatThrownBy(() -> help.menu(INTAKE, Platform.WINDOWS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMenuNeverLinksADraftOrAnArticleTheUserMayNotRead() {
        HelpService restricted = Help.create(caseload, new TestContent()
                .article("draft-guide", "title: Draft\ncategory: User Guide\nupdated: 2025-01-15\nlocale: en\n"
                        + "status: draft", "Not yet.")
                .article("admin-guide", "title: Admin\ncategory: Admin Guide\nupdated: 2025-01-15\nlocale: en\n"
                        + "status: published\naudience: ticket.administer", "For administrators.")
                .guide(new ScreenGuide(ScreenGuide.ANY_SCREEN, "admin-guide", null, "draft-guide"))
                .guide(new ScreenGuide(INTAKE, "draft-guide", null, null)));

        identity.as(TestUsers.user("designer", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));
        assertThat(restricted.menu(INTAKE, Platform.WINDOWS).itemIds()).doesNotContain("documentation",
                "tool-documentation");
        assertThat(restricted.menu("client.exit", Platform.WINDOWS).itemIds()).doesNotContain("documentation",
                "tool-documentation");

        identity.as(TestUsers.user("admin", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.TICKET_ADMINISTRATOR));
        assertThat(restricted.menu("client.exit", Platform.WINDOWS).itemIds()).contains("documentation");
    }
}
