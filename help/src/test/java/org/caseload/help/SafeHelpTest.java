// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing an author wrote reaches a host's page as markup, and a bundle holds its own files only. */
class SafeHelpTest {

    private static final String HOSTILE_BODY = """
            Open the **intake** screen. [Guide](other-article) and [vendor](https://example.org/help).
            [click](javascript:alert(1)) <a href="data:text/html,x">data</a> [mail](mailto:a@example.org)
            <script>alert(2)</script><span onclick="alert(3)" style="color:red">styled</span>
            ![pic](images/intake.png) ![remote](javascript:alert(4))
            The intake form <img src=x onerror=alert(5)""";

    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.user("reader", "org-a", Locale.ENGLISH, Role.HELP_READER));
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        caseload.close();
    }

    private KnowledgeBase knowledgeBase() {
        return Help.create(caseload, new TestContent()
                .publishedArticle("intake", "Intake <img src=x onerror=alert(6)> & \"forms\"", "intake",
                        HOSTILE_BODY)
                .publishedArticle("other-article", "Other", "other", "Nothing here about intake forms.")).knowledgeBase();
    }

    @Test
    void theSnippetAndTitlesComeAsEscapedTextAndThePlainTextKeepsNoMarkup() {
        ArticleHit hit = knowledgeBase().search(ArticleSearch.of("intake form")).get(0);

        assertThat(hit.articleId()).isEqualTo("intake");
        assertThat(hit.snippet().text()).doesNotContain("<", "onerror", "script");
        assertThat(hit.snippet().html()).doesNotContain("<img", "<script").contains("<mark>");
        assertThat(hit.snippet().marked("<b>", "</b>")).doesNotContain("<img", "<script");
        assertThat(hit.titleHtml()).isEqualTo("Intake &lt;img src=x onerror=alert(6)&gt; &amp; &quot;forms&quot;");
        assertThat(knowledgeBase().article("intake").orElseThrow().titleHtml()).doesNotContain("<");
    }

    @Test
    void aSnippetEscapesWhatItShowsEvenWhenTheTextHoldsMarkupCharacters() {
        Snippet snippet = new Snippet(List.of(new Snippet.Part("a <b onclick='x'>", false),
                new Snippet.Part("c&d", true)));

        assertThat(snippet.html()).isEqualTo("a &lt;b onclick='x'&gt;<mark>c&amp;d</mark>");
    }

    @Test
    void aBodyRenderedToHtmlPassesTheSanitizerWithHttpOrRelativeAddressesOnly() {
        String html = knowledgeBase().article("intake").orElseThrow().bodyHtml();

        assertThat(html).contains("<strong>intake</strong>", "<a href=\"other-article\">Guide</a>",
                "<a href=\"https://example.org/help\">vendor</a>", "src=\"images/intake.png\"", "styled");
        assertThat(html).doesNotContain("javascript", "data:", "mailto", "<script", "onclick", "style=", "alert(2)",
                "<img src=x").doesNotContainPattern("<[^>]*onerror");
    }

    @Test
    void aVideoAddressMustBeAbsoluteHttpOrHttps() {
        for (String address : List.of("javascript:alert(1)", "file:///etc/passwd", "/videos/intake.mp4",
                "data:text/html,x")) {
            TestContent content = new TestContent().publishedArticle("intake", "Intake", "intake", "Intake.")
                    .guide(new ScreenGuide("intake", "intake", address, null));
            assertThatThrownBy(() -> Help.create(caseload, content)).as(address)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("must be an absolute http or https address");
        }
        Help.create(caseload, new TestContent().publishedArticle("intake", "Intake", "intake", "Intake.")
                .guide(new ScreenGuide("intake", "intake", "https://videos.example.org/intake", null)));
    }

    @Test
    void aSymbolicLinkInABundleIsRefused() throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret");
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.writeString(bundle.resolve("articles.json"), "[\"articles/intake.md\"]");
        Files.createDirectories(bundle.resolve("articles"));
        Files.createSymbolicLink(bundle.resolve("articles/intake.md"), outside.resolve("secret.md"));

        assertThatThrownBy(() -> HelpContent.fromFolder(bundle).articles())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is a symbolic link or lies under one");

        Files.delete(bundle.resolve("articles/intake.md"));
        Files.delete(bundle.resolve("articles"));
        Files.createSymbolicLink(bundle.resolve("articles"), outside);
        Files.move(outside.resolve("secret.md"), outside.resolve("intake.md"));
        assertThatThrownBy(() -> HelpContent.fromFolder(bundle).articles())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is a symbolic link or lies under one");
    }

    @Test
    void anOrganizationFolderOutsideTheBundleIsRefused() throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.writeString(bundle.resolve("organizations.json"), "[\"../../etc\"]");

        assertThatThrownBy(() -> HelpContent.fromFolder(bundle).toolTips())
                .isInstanceOf(ConfigurationException.class);
    }
}
