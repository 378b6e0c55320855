// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What makes a search answer: the field's vocabulary (acronyms, synonyms, French and Spanish terms
 * for English articles), Spanish stemming, prefixes typed so far, spelling suggestions from the
 * reader's own articles, a relevance floor, the category filter and short snippets.
 */
class KnowledgeBaseSearchQualityTest {

    private static final String ORG = "shelter-north";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final KnowledgeBase kb = Help.create(caseload, content()).knowledgeBase();

    private static TestContent content() {
        return new TestContent()
                .synonyms(ORG, Locale.ENGLISH, "bus token", "transit pass", "voucher")
                .article("hogares", "title: El hogar y sus miembros\ncategory: User Guide\nupdated: 2025-01-15\n"
                        + "locale: es\nstatus: published", "Cada miembro del hogar tiene una relación con el jefe.")
                .publishedArticle("households", "Households", "family, members",
                        "Each member has a relationship to the head of household. Add members from the head "
                                + "of household's record.")
                .publishedArticle("exits", "Leaving a program", "destination",
                        "Record the exit date and the destination where the client went to live.")
                .publishedArticle("shortcuts", "Keyboard shortcuts", "keys",
                        "Press Ctrl+K to find a client. The Help menu lists the shortcuts of each screen.")
                .publishedArticle("ids", "Identifiers from other systems", "numbers",
                        "The IDs other systems gave the client are kept beside the record.")
                .publishedArticle("case-notes", "Case notes", "notes",
                        "A case note records a meeting or a phone call with the client.")
                .publishedArticle("case-management", "Case management", "caseload",
                        "Case management is the work of following a client over time: plans, goals, referrals.")
                .publishedArticle("vouchers", "Voucher", "payments",
                        "How payments are recorded: a voucher pays for a bed night"
                                + ", and the shelter keeps its copy for a month".repeat(20)
                                + ", and a lost voucher is not replaced.")
                .article("queue", "title: Working the ticket queue\ncategory: Admin Guide\nupdated: 2025-01-15\n"
                        + "locale: en\nstatus: published", "Local administrators answer and resolve each ticket.")
                .article("laundry", "title: Laundromat vouchers\ncategory: User Guide\nupdated: 2020-01-15\n"
                        + "locale: en\nstatus: archived", "The laundromat takes vouchers.")
                .article("org-c", "subway", "title: Tokens for the subway\ncategory: User Guide\n"
                        + "updated: 2025-01-15\nlocale: en\nstatus: published", "Subway tokens are at the front desk.");
    }

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    private List<String> search(Locale locale, String text) {
        identity.as(TestUsers.user("reader", "org-b", locale, Role.HELP_READER));
        return ids(kb.search(ArticleSearch.of(text)));
    }

    private static List<String> ids(List<ArticleHit> hits) {
        return hits.stream().map(ArticleHit::articleId).toList();
    }

    @Test
    void acronymsAndSynonymsOfTheFieldFindArticlesWrittenWithOtherWords() {
        assertThat(search(Locale.ENGLISH, "HoH")).first().isEqualTo("households");
        assertThat(search(Locale.ENGLISH, "discharge date")).first().isEqualTo("exits");
        assertThat(search(Locale.ENGLISH, "hotkeys")).first().isEqualTo("shortcuts");
    }

    @Test
    void aFrenchOrSpanishQuestionFindsAnArticleThatExistsOnlyInEnglish() {
        assertThat(search(Locale.FRENCH, "raccourcis clavier")).first().isEqualTo("shortcuts");
        assertThat(search(Locale.FRENCH, "chef de ménage")).first().isEqualTo("households");
        assertThat(search(SPANISH, "atajos de teclado")).first().isEqualTo("shortcuts");
        assertThat(search(SPANISH, "fecha de salida")).first().isEqualTo("exits");
    }

    @Test
    void spanishWordsAreStemmedSoThatAPluralFindsTheSingular() {
        assertThat(search(SPANISH, "hogares")).first().isEqualTo("hogares");
    }

    @Test
    void anOrganizationsOwnSynonymsHoldForItsReadersOnly() {
        identity.as(TestUsers.user("reader", ORG, Locale.ENGLISH, Role.HELP_READER));
        assertThat(ids(kb.search(ArticleSearch.of("transit pass")))).containsExactly("vouchers");

        assertThat(search(Locale.ENGLISH, "transit pass")).isEmpty();
    }

    @Test
    void aQuestionOfSynonymRichPhrasesStaysUnderLucenesClauseLimit() {
        TestContent content = new TestContent().publishedArticle("long", "Long phrases", "", "w0x0ya k0 k1");
        StringBuilder question = new StringBuilder();
        for (int group = 0; group < 8; group++) {
            List<String> terms = new ArrayList<>(List.of("k" + group));
            for (int phrase = 0; phrase < 11; phrase++) {
                String word = "w" + group + "x" + phrase + "y";
                terms.add(word + "a " + word + "b " + word + "c " + word + "d " + word + "e " + word + "f");
            }
            content.synonyms(null, Locale.ENGLISH, terms.toArray(String[]::new));
            question.append("k").append(group).append(' ');
        }
        KnowledgeBase rich = Help.create(caseload, content).knowledgeBase();
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(ids(rich.search(ArticleSearch.of(question.toString())))).isEmpty();
        assertThat(ids(rich.search(ArticleSearch.of("k0 k1")))).containsExactly("long");
    }

    @Test
    void aShortWordIsKeptAndFoundThroughItsStem() {
        assertThat(search(Locale.ENGLISH, "ID")).containsExactly("ids");
        assertThat(search(Locale.ENGLISH, "DV")).isEmpty();
    }

    @Test
    void theLastWordCountsAsAPrefixWhileTheReaderIsTypingEvenAShortOne() {
        assertThat(search(Locale.ENGLISH, "keyboa")).containsExactly("shortcuts");
        assertThat(search(Locale.ENGLISH, "case not")).first().isEqualTo("case-notes");
        assertThat(search(Locale.ENGLISH, "keyboa ")).isEmpty();
    }

    @Test
    void aQuestionNoArticleAnswersFindsNothingAndIsLoggedAsUnanswered() {
        assertThat(search(Locale.ENGLISH, "how do I reset my password")).isEmpty();
        assertThat(search(Locale.ENGLISH, "print the client's bus schedule")).isEmpty();
        assertThat(search(Locale.ENGLISH, "how do I record an exit")).first().isEqualTo("exits");

        identity.as(TestUsers.user("designer", "org-b", Locale.ENGLISH, Role.DESIGNER));
        assertThat(kb.unansweredQueries(10)).extracting(UnansweredQuery::query)
                .containsExactlyInAnyOrder("how do i reset my password", "print the client's bus schedule");
    }

    @Test
    void didYouMeanCorrectsOnlyToWordsOfArticlesTheReaderMayRead() {
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(kb.didYouMean("houshold membres")).contains("household members");
        assertThat(kb.didYouMean("Whom should I add to a houshold?")).contains("Whom should I add to a household?");
        assertThat(kb.didYouMean("household members")).isEmpty();
        assertThat(kb.didYouMean("HoH")).isEmpty();
        // "laundromat" is only in an archived article, "subway" only in another organization's.
        assertThat(kb.didYouMean("laundromatt")).isEmpty();
        assertThat(kb.didYouMean("subwayy")).isEmpty();
        assertThatThrownBy(() -> kb.didYouMean(" ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void theCategoryFilterIgnoresCaseAndAMissInOneCategoryIsNotAnUnansweredQuestion() {
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(ids(kb.search(ArticleSearch.of("ticket").inCategory("admin guide")))).containsExactly("queue");
        assertThat(ids(kb.search(ArticleSearch.of("voucher").inCategory("ADMIN GUIDE")))).isEmpty();
        assertThat(ids(kb.search(ArticleSearch.of("laundromat").inCategory("Admin Guide")))).isEmpty();

        identity.as(TestUsers.user("designer", "org-b", Locale.ENGLISH, Role.DESIGNER));
        assertThat(kb.unansweredQueries(10)).extracting(UnansweredQuery::query, UnansweredQuery::count)
                .containsExactly(tuple("laundromat", 1));
    }

    @Test
    void snippetsAreAFewLinesNotAParagraph() {
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));
        ArticleHit hit = kb.search(ArticleSearch.of("lost voucher")).get(0);

        String text = hit.snippet().text();
        assertThat(hit.articleId()).isEqualTo("vouchers");
        assertThat(text.length()).isBetween(60, 300);
        assertThat(hit.snippet().parts()).filteredOn(Snippet.Part::matched).extracting(Snippet.Part::text)
                .contains("lost", "voucher");
    }
}
