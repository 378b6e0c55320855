// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Keyboard shortcuts: registration checks, platform labels, and organizations' changes. */
class KeyboardShortcutsTest {

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void twoShortcutsOnTheSameKeysInOverlappingScopesAreRejectedNamingBothActions() {
        TestContent content = new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcut("notes.find", "mod + k", "client.notes");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("notes.find (mod + k, screen client.notes)")
                .hasMessageContaining("conflicts with client.search (Mod+K, every screen)")
                .hasMessageContaining("both are Ctrl+K on WINDOWS");
    }

    @Test
    void modAndCtrlAreTheSameKeysOnWindowsSoTheyConflict() {
        TestContent content = new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcut("intake.clear", "Ctrl+K", "client.intake");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("intake.clear").hasMessageContaining("client.search");
    }

    @Test
    void theSameKeysOnTwoDifferentScreensDoNotConflict() {
        HelpService help = Help.create(caseload, new TestContent()
                .shortcut("intake.save", "Mod+S", "client.intake")
                .shortcut("note.save", "Mod+S", "client.notes"));
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.shortcuts("client.notes", Platform.WINDOWS)).extracting(KeyboardShortcut::actionId)
                .containsExactly("note.save");
    }

    @ParameterizedTest
    @CsvSource({
        "Mod+K, WINDOWS, Ctrl+K",
        "Mod+K, LINUX, Ctrl+K",
        "Mod+K, MAC_OS, ⌘K",
        "Shift+Mod+F, WINDOWS, Ctrl+Shift+F",
        "Shift+Mod+F, MAC_OS, ⇧⌘F",
        "Ctrl+Alt+Delete, MAC_OS, ⌃⌥Delete",
        "F1, LINUX, F1",
        "mod+enter, WINDOWS, Ctrl+Enter"})
    void oneDefinitionIsLabelledForEachPlatform(String keys, Platform platform, String label) {
        HelpService help = Help.create(caseload, new TestContent().shortcut("some.action", keys, null));
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.shortcuts("client.intake", platform)).extracting(KeyboardShortcut::keys)
                .containsExactly(label);
    }

    @Test
    void aScreenShowsTheGlobalShortcutsAndItsOwnDescribedInTheUsersLocale() {
        HelpService help = Help.create(caseload, new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcut("intake.save", "Mod+S", "client.intake")
                .shortcut("note.save", "Mod+Enter", "client.notes"));
        identity.as(TestUsers.user("user-1", "org-a", Locale.CANADA_FRENCH, Role.HELP_READER));

        assertThat(help.shortcuts("client.intake", Platform.MAC_OS)).containsExactly(
                new KeyboardShortcut("client.search", "⌘K", "Lancer client.search", null),
                new KeyboardShortcut("intake.save", "⌘S", "Lancer intake.save", "client.intake"));
    }

    @Test
    void anOrganizationRemapsAShortcutForItsUsersOnly() {
        HelpService help = Help.create(caseload, new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcutChange("org-a", "client.search", "Mod+Shift+F"));

        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));
        assertThat(help.shortcuts("client.intake", Platform.WINDOWS)).extracting(KeyboardShortcut::keys)
                .containsExactly("Ctrl+Shift+F");
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(help.shortcuts("client.intake", Platform.WINDOWS)).extracting(KeyboardShortcut::keys)
                .containsExactly("Ctrl+K");
    }

    @Test
    void aRemapIsConflictCheckedToo() {
        TestContent content = new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcut("intake.save", "Mod+S", "client.intake")
                .shortcutChange("org-a", "client.search", "Mod+S");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("organization org-a: keyboard shortcut client.search (Mod+S, every screen) "
                        + "conflicts with intake.save (Mod+S, screen client.intake)");
    }

    @Test
    void aDisabledShortcutIsGoneAndFreesItsKeysForARemap() {
        HelpService help = Help.create(caseload, new TestContent()
                .shortcut("client.search", "Mod+K", null)
                .shortcut("intake.save", "Mod+S", "client.intake")
                .shortcutChange("org-a", "intake.save", null)
                .shortcutChange("org-a", "client.search", "Mod+S"));
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.shortcuts("client.intake", Platform.LINUX)).containsExactly(
                new KeyboardShortcut("client.search", "Ctrl+S", "Run client.search", null));
    }

    @Test
    void aChangeToAnUnknownActionIsRejected() {
        TestContent content = new TestContent().shortcutChange("org-a", "client.export", "Mod+E");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("organization org-a changes the keyboard shortcut of action client.export, which has none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hyper+K | has an unknown modifier \"Hyper\"",
        "Mod+Mod+K | names Mod twice",
        "Mod+ | does not end in a key",
        "Mod+Banana | does not end in a key"})
    void aMalformedCombinationIsRejectedNamingTheAction(String keys, String problem) {
        TestContent content = new TestContent().shortcut("client.search", keys, null);

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("keyboard shortcut of action client.search: \"" + keys + "\"")
                .hasMessageContaining(problem);
    }
}
