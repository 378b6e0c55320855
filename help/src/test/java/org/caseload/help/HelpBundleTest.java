// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.caseload.testing.TestIdentity;

/** Reading a bundle's shortcuts, screen guides, articles and custom-form tips. */
class HelpBundleTest {

    private static final String ONE_TIP = """
            [{"locale": "en", "tips": [{"screen": "client.intake", "field": "ssn", "text": "Nine digits."}]}]
            """;

    @TempDir
    Path folder;

    private final HelpContentSource full = HelpContent.fromClasspath("help/full");

    @Test
    void theProductsShortcutsAndAnOrganizationsChangesAreRead() {
        assertThat(full.shortcuts()).containsExactly(
                new ShortcutDefinition("client.search", "Mod+K", null,
                        Map.of(Locale.ENGLISH, "Find a client", Locale.FRENCH, "Trouver une personne")),
                new ShortcutDefinition("intake.save", "Mod+S", "client.intake",
                        Map.of(Locale.ENGLISH, "Save the intake")));
        assertThat(full.shortcutOverrides()).containsExactly(
                new ShortcutOverride("org-a", "client.search", "Mod+Shift+F"),
                new ShortcutOverride("org-a", "intake.save", null));
    }

    @Test
    void screenGuidesAreRead() {
        assertThat(full.screenGuides()).containsExactly(
                new ScreenGuide(ScreenGuide.ANY_SCREEN, "intake", null, "intake"),
                new ScreenGuide("client.intake", "intake", "https://videos.example/intake", null));
    }

    @Test
    void theArticlesTheListsNameAreReadWithTheirIdsAndOrigins() {
        assertThat(full.articles()).extracting(ArticleDocument::organizationId, ArticleDocument::articleId,
                ArticleDocument::origin).containsExactly(
                tuple(null, "intake", "classpath:help/full/articles/intake.md"),
                tuple(null, "intake", "classpath:help/full/articles/fr/intake.md"),
                tuple("org-a", "intake", "classpath:help/full/organizations/org-a/intake.md"));
        assertThat(full.articles().get(0).markdown()).contains("title: Registering a client");
    }

    @Test
    void anOrganizationsTipMayNameItsCustomForm() {
        assertThat(full.toolTips()).contains(new ToolTipEntry("org-a", "client.intake", "bed", Locale.ENGLISH,
                "Top or bottom bunk.", "shelter-intake"));
    }

    @Test
    void aProductTipMayNotNameAForm() throws IOException {
        write("tooltips.json", """
                [{"locale": "en", "tips": [{"screen": "s", "field": "f", "text": "t", "form": "x"}]}]
                """);

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tooltips.json, line 1, column 28: locale block 1, tip 1: only an organization's "
                        + "tips may name a custom \"form\"");
    }

    @Test
    void anArticleTheListNamesButTheBundleLacksIsAnErrorNamingBoth() throws IOException {
        write("tooltips.json", ONE_TIP);
        write("articles.json", "[\"articles/intake.md\"]");

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).articles())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(folder.resolve("articles/intake.md") + " is missing: " + folder.resolve("articles.json")
                        + " lists it");
    }

    @Test
    void anArticlePathMayNotLeaveItsFolder() throws IOException {
        write("articles.json", "[\"../secrets.md\"]");

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).articles())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("articles.json, line 1, column 2: \"../secrets.md\" is not an article path");
    }

    @Test
    void aMalformedArticleInAFolderBundleFailsNamingItsFile() throws IOException {
        write("tooltips.json", ONE_TIP);
        write("articles.json", "[\"articles/intake.md\"]");
        write("articles/intake.md", "---\ntitle: Intake\nstatus: published\n---\nBody.");

        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(new TestIdentity())
                .build()) {
            assertThatThrownBy(() -> Help.create(caseload, HelpContent.fromFolder(folder)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage(folder.resolve("articles/intake.md") + ": the header \"locale\" is required");
        }
    }

    @Test
    void aShortcutChangeMustRemapOrDisable() throws IOException {
        write("organizations.json", "[\"org-a\"]");
        write("organizations/org-a/shortcuts.json", """
                [{"action": "client.search", "keys": "Mod+J", "disabled": true}]
                """);

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).shortcutOverrides())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("shortcuts.json, line 1, column 2: shortcut change 1 must have either \"keys\"");
    }

    @Test
    void aShortcutWithoutDescriptionIsAnErrorNamingTheFile() throws IOException {
        write("shortcuts.json", "[{\"action\": \"client.search\", \"keys\": \"Mod+K\"}]");

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).shortcuts())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(folder.resolve("shortcuts.json") + ", line 1, column 2: shortcut 1 is missing required "
                        + "member \"description\"");
    }

    private void write(String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
