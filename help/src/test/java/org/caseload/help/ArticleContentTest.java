// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Articles as Markdown with a front-matter header: what is read, and what is refused. */
class ArticleContentTest {

    private static final String HEADER = """
            title: Households
            category: User Guide
            tags: households, family, relationships
            author: Caseload documentation team
            updated: 2025-03-11
            locale: fr-CA
            status: draft
            audience: design, ticket.administer
            related: intake
            review-by: 2026-03-11
            """;

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void everyHeaderFieldAndTheBodyAreRead() {
        HelpService help = Help.create(caseload, new TestContent()
                .publishedArticle("intake", "Intake", "", "Register.")
                .article("org-a", "households", HEADER, "\n# Households\n\nA **household** groups clients.\n"));
        identity.as(TestUsers.user("user-1", "org-a", Locale.CANADA_FRENCH, Role.HELP_READER, Role.DESIGNER));

        assertThat(help.knowledgeBase().article("households", true)).contains(new Article("households", "org-a",
                Locale.CANADA_FRENCH, "Households", "User Guide", List.of("households", "family", "relationships"),
                "Caseload documentation team", LocalDate.of(2025, 3, 11), ArticleStatus.DRAFT,
                Set.of("design", "ticket.administer"), List.of("intake"), LocalDate.of(2026, 3, 11),
                "# Households\n\nA **household** groups clients."));
    }

    @Test
    void optionalFieldsHaveDefaults() {
        HelpService help = Help.create(caseload, new TestContent().article("intake",
                "title: Intake\ncategory: User Guide\nupdated: 2025-01-15\nlocale: en\nstatus: published", "Body."));
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        Article article = help.knowledgeBase().article("intake").orElseThrow();

        assertThat(article.tags()).isEmpty();
        assertThat(article.author()).isNull();
        assertThat(article.audience()).isEmpty();
        assertThat(article.related()).isEmpty();
        assertThat(article.reviewBy()).isNull();
        assertThat(article.revision()).isEqualTo("2025-01-15");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title: Intake | test:intake.md, line 1: an article starts with a front-matter header",
        "---\\ntitle Intake\\n--- | test:intake.md, line 2: a header line is \"key: value\"",
        "---\\ntitle: Intake\\n | test:intake.md: the front-matter header is not closed",
        "---\\ntitle: A\\ntitle: B\\n--- | test:intake.md, line 3: \"title\" is given twice",
        "---\\ntitle: A\\ncolour: blue\\n--- | test:intake.md, line 3: unknown header \"colour\"",
        "---\\ncategory: X\\nupdated: 2025-01-01\\nlocale: en\\nstatus: draft\\n--- | test:intake.md: the header \"title\" is required",
        "---\\ntitle: A\\ncategory: X\\nupdated: 11/03/2025\\nlocale: en\\nstatus: draft\\n--- | test:intake.md, line 4: \"updated\" must be a date such as 2025-03-11",
        "---\\ntitle: A\\ncategory: X\\nupdated: 2025-01-01\\nlocale: en\\nstatus: live\\n--- | test:intake.md, line 6: \"status\" must be draft, published or archived",
        "---\\ntitle: A\\ncategory: X\\nupdated: 2025-01-01\\nlocale: 12\\nstatus: draft\\n--- | test:intake.md, line 5: \"locale\" must be a language tag",
        "---\\ntitle: A\\ncategory: X\\nupdated: 2025-01-01\\nlocale: en\\nstatus: draft\\naudience: managers\\n--- | test:intake.md, line 7: \"audience\" must be \"everyone\" or permission keys"})
    void aMalformedArticleFailsWithAnErrorNamingTheFileAndLine(String markdown, String message) {
        HelpContentHolder content = new HelpContentHolder(new ArticleDocument(null, "intake", "test:intake.md",
                markdown.replace("\\n", "\n")));

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void twoVersionsInTheSameLocaleAreRejectedNamingBothFiles() {
        TestContent content = new TestContent()
                .publishedArticle("intake", "Intake", "", "One.")
                .publishedArticle("intake", "Intake again", "", "Two.");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("test:intake.md: article intake in en is already given by test:intake.md");
    }

    @Test
    void aRelatedArticleThatDoesNotExistIsRejected() {
        TestContent content = new TestContent().article("intake", "title: Intake\ncategory: User Guide\n"
                + "updated: 2025-01-15\nlocale: en\nstatus: published\nrelated: househlds", "Body.");

        assertThatThrownBy(() -> Help.create(caseload, content))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("test:intake.md: related article househlds does not exist");
    }

    /** A source of one article document, written as the test gives it. */
    private record HelpContentHolder(ArticleDocument document) implements HelpContentSource {
        @Override
        public List<ToolTipEntry> toolTips() {
            return List.of();
        }

        @Override
        public List<ArticleDocument> articles() {
            return List.of(document);
        }
    }
}
