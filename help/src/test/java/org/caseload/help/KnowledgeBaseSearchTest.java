// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Searching the knowledge base: ranking, typos, snippets, and what each reader may see. */
class KnowledgeBaseSearchTest {

    private static final String ORG = "org-a";

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final KnowledgeBase kb = Help.create(caseload, content()).knowledgeBase();

    private static TestContent content() {
        return new TestContent()
                .publishedArticle("escalation", "What escalation means", "tickets, vendor",
                        "When your local administrator cannot resolve a ticket, they send it to the vendor's "
                                + "support desk. Client names and numbers are removed before it leaves.")
                .publishedArticle("households", "Households and family members", "family",
                        "A household groups the clients who live together. Add members from the client's page.")
                .publishedArticle("bed-nights", "Recording bed nights", "shelter, services",
                        "Each night a client stays is a service. A voucher may pay for it; note the voucher "
                                + "number, and keep the voucher itself with the client's file. Vouchers expire.")
                .publishedArticle("vouchers", "Voucher", "payments", "How payments are recorded.")
                .article("households", "title: Ménages\ncategory: User Guide\nupdated: 2025-01-15\nlocale: fr\n"
                        + "status: published", "Un ménage regroupe les personnes qui vivent ensemble.")
                .article("draft-guide", "title: Duplicate merging\ncategory: User Guide\nupdated: 2025-01-15\n"
                        + "locale: en\nstatus: draft", "Merging duplicate clients.")
                .article("old-guide", "title: Duplicate search, old screen\ncategory: User Guide\n"
                        + "updated: 2020-01-15\nlocale: en\nstatus: archived", "The old duplicate screen.")
                .article("queue-guide", "title: Working the ticket queue\ncategory: Admin Guide\n"
                        + "updated: 2025-01-15\nlocale: en\nstatus: published\naudience: ticket.administer",
                        "Local administrators answer, resolve or escalate each ticket.")
                .article(ORG, "escalation", "title: Escalation at our agency\ncategory: User Guide\n"
                        + "updated: 2025-02-01\nlocale: en\nstatus: published", "Call Lee before a ticket escalates.");
    }

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    private List<String> ids(List<ArticleHit> hits) {
        return hits.stream().map(ArticleHit::articleId).toList();
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordRepeatedInABody() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(ids(kb.search(ArticleSearch.of("voucher")))).containsExactly("vouchers", "bed-nights");
    }

    @Test
    void wordsWithTyposStillFindTheArticle() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(ids(kb.search(ArticleSearch.of("escalaton")))).first().isEqualTo("escalation");
        assertThat(ids(kb.search(ArticleSearch.of("housholds")))).first().isEqualTo("households");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(ids(kb.search(ArticleSearch.of("escalated tickets")))).first().isEqualTo("escalation");
    }

    @Test
    void snippetsMarkTheMatchedWordsTyposIncluded() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));

        ArticleHit hit = kb.search(ArticleSearch.of("suport desk")).get(0);

        assertThat(hit.articleId()).isEqualTo("escalation");
        assertThat(hit.snippet().marked("[", "]")).contains("vendor's [support] [desk]");
        assertThat(hit.snippet().text()).doesNotContain("[");
    }

    @Test
    void snippetsShowTheTextOfTheMarkdownWithoutItsMarkup() {
        KnowledgeBase markdown = Help.create(caseload, new TestContent().publishedArticle("links", "Links", "",
                "## Where to go\n\nSee the **support desk** and [the queue](https://example.org/queue), or `F1`."))
                .knowledgeBase();
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));

        Snippet snippet = markdown.search(ArticleSearch.of("queue")).get(0).snippet();

        assertThat(snippet.text()).endsWith(" See the support desk and the queue, or F1.");
        assertThat(snippet.marked("[", "]")).contains("the [queue], or");
    }

    @Test
    void aReaderSeesTheVersionInTheirLanguageAndEnglishForTheRest() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.CANADA_FRENCH, Role.HELP_READER));

        List<ArticleHit> hits = kb.search(ArticleSearch.of("ménage"));
        assertThat(hits).extracting(ArticleHit::articleId, ArticleHit::locale)
                .containsExactly(tuple("households", Locale.FRENCH));
        assertThat(ids(kb.search(ArticleSearch.of("voucher")))).contains("vouchers");
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(kb.search(ArticleSearch.of("ménage"))).isEmpty();
    }

    @Test
    void anOrganizationsVersionReplacesTheProductsForItsReaders() {
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        assertThat(kb.search(ArticleSearch.of("escalation"))).extracting(ArticleHit::title)
                .containsExactly("Escalation at our agency");

        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(kb.search(ArticleSearch.of("escalation"))).extracting(ArticleHit::title)
                .containsExactly("What escalation means");
    }

    @Test
    void draftsAreFoundOnlyByDesignersWhoAskAndArchivedArticlesNever() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));
        assertThat(ids(kb.search(ArticleSearch.of("duplicate")))).isEmpty();
        assertThat(ids(kb.search(ArticleSearch.of("duplicate").withDrafts()))).containsExactly("draft-guide");

        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThatThrownBy(() -> kb.search(ArticleSearch.of("duplicate").withDrafts()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("design");
    }

    @Test
    void anArticleForAnAudienceIsFoundOnlyByItsMembers() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(ids(kb.search(ArticleSearch.of("queue")))).isEmpty();
        assertThat(kb.article("queue-guide")).isEmpty();

        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER,
                Role.TICKET_ADMINISTRATOR));
        assertThat(ids(kb.search(ArticleSearch.of("queue")))).containsExactly("queue-guide");
        assertThat(kb.article("queue-guide")).isPresent();
    }

    @Test
    void aSearchCanBeKeptToOneCategory() {
        identity.as(TestUsers.user("user-1", "org-b", Locale.ENGLISH, Role.HELP_READER,
                Role.TICKET_ADMINISTRATOR));

        assertThat(ids(kb.search(ArticleSearch.of("ticket").inCategory("Admin Guide"))))
                .containsExactly("queue-guide");
    }

    @Test
    void searchesThatFindNothingAreLoggedForTheOrganizationsDesigners() {
        identity.as(TestUsers.user("reader-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        assertThat(kb.search(ArticleSearch.of("Bus  Tokens"))).isEmpty();
        assertThat(kb.search(ArticleSearch.of("bus tokens"))).isEmpty();
        kb.search(ArticleSearch.of("voucher"));
        identity.as(TestUsers.user("reader-2", "org-b", Locale.ENGLISH, Role.HELP_READER));
        kb.search(ArticleSearch.of("laundry"));

        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.DESIGNER));
        List<UnansweredQuery> unanswered = kb.unansweredQueries(10);

        assertThat(unanswered).extracting(UnansweredQuery::query, UnansweredQuery::count)
                .containsExactly(tuple("bus tokens", 2));
    }

    @Test
    void theUnansweredQueriesNeedDesignRights() {
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> kb.unansweredQueries(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void relatedArticlesListTheExplicitOnesFirstThenTheMostAlike() {
        KnowledgeBase related = Help.create(caseload, new TestContent()
                .article("intake", "title: Registering a client\ncategory: User Guide\nupdated: 2025-01-15\n"
                        + "locale: en\nstatus: published\nrelated: privacy", "Search for the client before you "
                        + "register a household member, so that no duplicate client is created.")
                .publishedArticle("privacy", "Privacy", "", "Who sees what.")
                .publishedArticle("duplicates", "Duplicate clients", "",
                        "A duplicate client is found by search before you register a client.")
                .publishedArticle("reports", "Reports", "", "Monthly numbers."))
                .knowledgeBase();
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));

        assertThat(related.related("intake", 2)).containsExactly(
                new RelatedArticle("privacy", "Privacy", Locale.ENGLISH, true),
                new RelatedArticle("duplicates", "Duplicate clients", Locale.ENGLISH, false));
        assertThat(related.related("intake", 1)).extracting(RelatedArticle::articleId).containsExactly("privacy");
    }

    @Test
    void aSearchMustHaveText() {
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> kb.search(ArticleSearch.of(" "))).isInstanceOf(ValidationException.class);
    }
}
