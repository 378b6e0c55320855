// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Browsing by category, and drafts shown to designers only when they ask for them. */
class KnowledgeBaseBrowseTest {

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final KnowledgeBase kb = Help.create(caseload, new TestContent()
            .publishedArticle("intake", "Registering a client", "", "Body.")
            .publishedArticle("exits", "Exits", "", "Body.")
            .article("queue", header("Working the queue", "Admin Guide", "published", "ticket.administer"), "Body.")
            .article("escalation", header("Escalation", "admin guide", "published", "everyone"), "Body.")
            .article("forms", header("Designing forms", "Configuration Guides", "draft", "everyone"), "Body.")
            .article("old", header("Old reports", "Reports", "archived", "everyone"), "Body.")
            .article("org-b", "shelter", header("Shelter rules", "Shelter", "published", "everyone"), "Body."))
            .knowledgeBase();

    private static String header(String title, String category, String status, String audience) {
        return "title: " + title + "\ncategory: " + category + "\nupdated: 2025-01-15\nlocale: en\nstatus: " + status
                + "\naudience: " + audience;
    }

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void categoriesCountOnlyThePublishedArticlesTheReaderMayRead() {
        identity.as(TestUsers.user("reader", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));

        assertThat(kb.categories()).containsExactly(new CategoryCount("admin guide", 1),
                new CategoryCount("User Guide", 2));

        identity.as(TestUsers.user("admin", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.TICKET_ADMINISTRATOR));
        assertThat(kb.categories()).containsExactly(new CategoryCount("Admin Guide", 1),
                new CategoryCount("admin guide", 1), new CategoryCount("User Guide", 2));
    }

    @Test
    void browsingACategoryIgnoresCaseAndListsByTitle() {
        identity.as(TestUsers.user("admin", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.TICKET_ADMINISTRATOR));

        assertThat(kb.browse("ADMIN GUIDE")).extracting(ArticleSummary::articleId, ArticleSummary::title)
                .containsExactly(tuple("escalation", "Escalation"), tuple("queue", "Working the queue"));
        assertThat(kb.browse("user guide")).extracting(ArticleSummary::articleId).containsExactly("exits", "intake");
        assertThat(kb.browse("Configuration Guides")).isEmpty();
        assertThat(kb.browse("Shelter")).isEmpty();
        assertThatThrownBy(() -> kb.browse(" ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void anotherOrganizationsReadersSeeItsOwnCategories() {
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(kb.categories()).extracting(CategoryCount::category).containsExactly("admin guide", "Shelter",
                "User Guide");
    }

    @Test
    void designersSeeDraftsOnlyWhenTheyAsk() {
        identity.as(TestUsers.user("designer", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));

        assertThat(kb.article("forms")).isEmpty();
        assertThat(kb.article("forms", true)).map(Article::status).contains(ArticleStatus.DRAFT);
        assertThat(kb.article("old", true)).isEmpty();

        identity.as(TestUsers.user("reader", "org-a", Locale.ENGLISH, Role.HELP_READER));
        assertThatThrownBy(() -> kb.article("forms", true)).isInstanceOf(AccessDeniedException.class);
    }
}
