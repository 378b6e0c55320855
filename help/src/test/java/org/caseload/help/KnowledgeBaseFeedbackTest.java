// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.StaleArticle.Reason;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

/** "Was this article helpful?": answers, tallies, comments and the staleness report. */
class KnowledgeBaseFeedbackTest {

    private static final String ORG = "org-a";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final TestIdentity identity = new TestIdentity();
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity)
            .clock(TestClock.at(NOW)).build();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    private KnowledgeBase knowledgeBase(String intakeUpdated) {
        return Help.create(caseload, new TestContent()
                .article("intake", "title: Intake\ncategory: User Guide\nupdated: " + intakeUpdated
                        + "\nlocale: en\nstatus: published\nreview-by: 2026-01-01", "Register a client.")
                .article("privacy", "title: Privacy\ncategory: User Guide\nupdated: 2024-01-01\nlocale: en\n"
                        + "status: published\nreview-by: 2025-05-31", "Who sees what.")
                .article("privacy", "title: Confidentialité\ncategory: User Guide\nupdated: 2024-01-01\n"
                        + "locale: fr\nstatus: published\nreview-by: 2026-05-31", "Qui voit quoi.")
                .article("draft", "title: Draft\ncategory: User Guide\nupdated: 2024-01-01\nlocale: en\n"
                        + "status: draft\nreview-by: 2020-01-01", "Not yet."))
                .knowledgeBase();
    }

    private void answer(KnowledgeBase kb, String user, String articleId, boolean helpful) {
        identity.as(TestUsers.user(user, ORG, Locale.ENGLISH, Role.HELP_READER));
        kb.rate(RateArticle.of(articleId, helpful));
    }

    @Test
    void aReaderHasOneAnswerPerRevisionAndAnsweringAgainReplacesIt() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        answer(kb, "reader-1", "intake", true);
        answer(kb, "reader-2", "intake", true);

        identity.as(TestUsers.user("reader-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        ArticleTally tally = kb.rate(new RateArticle("intake", false, "It misses the consent step."));

        assertThat(tally).isEqualTo(new ArticleTally("intake", Locale.ENGLISH, "2025-01-15", 1, 1));
        assertThat(kb.tally("intake")).isEqualTo(tally);
    }

    @Test
    void aNewRevisionStartsAFreshTally() {
        answer(knowledgeBase("2025-01-15"), "reader-1", "intake", false);
        KnowledgeBase revised = knowledgeBase("2025-05-20");

        answer(revised, "reader-1", "intake", true);

        assertThat(revised.tally("intake")).isEqualTo(new ArticleTally("intake", Locale.ENGLISH, "2025-05-20", 1, 0));
    }

    @Test
    void talliesAreKeptPerOrganization() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        answer(kb, "reader-1", "intake", true);

        identity.as(TestUsers.user("reader-9", "org-b", Locale.ENGLISH, Role.HELP_READER));

        assertThat(kb.tally("intake").votes()).isZero();
    }

    @Test
    void anArticleTheReaderDoesNotSeeCannotBeRated() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> kb.rate(RateArticle.of("draft", true))).isInstanceOf(NotFoundException.class)
                .hasMessage("article draft was not found");
    }

    @Test
    void anAnswerIsAuditedWithoutItsComment() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        kb.rate(new RateArticle("intake", false, "Call Maria back."));

        List<AuditEntry> entries = storage.inTransaction(session -> session.audit()
                .find(AuditQuery.forOrganization(ORG, 10)));

        assertThat(entries).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::detail)
                .containsExactly(tuple("help.article.rate", "intake", "not helpful"));
    }

    @Test
    void designersReadTheCommentsNewestFirst() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        identity.as(TestUsers.user("reader-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        kb.rate(new RateArticle("intake", false, "  Missing the consent step. "));
        identity.as(TestUsers.user("reader-2", ORG, Locale.ENGLISH, Role.HELP_READER));
        kb.rate(new RateArticle("intake", true, " "));

        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.DESIGNER));

        assertThat(kb.feedback("intake", 10)).containsExactly(new ArticleFeedback("intake", "2025-01-15", false,
                "Missing the consent step.", NOW));
        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.HELP_READER));
        assertThatThrownBy(() -> kb.feedback("intake", 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStalenessReportListsArticlesPastReviewAndThoseWithManyNoAnswers() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        answer(kb, "reader-1", "intake", false);
        answer(kb, "reader-2", "intake", false);
        answer(kb, "reader-3", "intake", true);

        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.DESIGNER));
        List<StaleArticle> stale = kb.staleArticles(new StalenessCriteria(3, 60));

        assertThat(stale).extracting(StaleArticle::articleId, StaleArticle::locale, StaleArticle::reasons).containsExactly(
                tuple("intake", Locale.ENGLISH, Set.of(Reason.MANY_NOT_HELPFUL)),
                tuple("privacy", Locale.ENGLISH, Set.of(Reason.PAST_REVIEW_DATE)));
        assertThat(stale.get(0).tally()).isEqualTo(new ArticleTally("intake", Locale.ENGLISH, "2025-01-15", 1, 2));
        assertThat(stale.get(1).reviewBy()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void tooFewAnswersDoNotMakeAnArticleStale() {
        KnowledgeBase kb = knowledgeBase("2025-01-15");
        answer(kb, "reader-1", "intake", false);
        answer(kb, "reader-2", "intake", false);

        identity.as(TestUsers.user("user-1", ORG, Locale.ENGLISH, Role.DESIGNER));

        assertThat(kb.staleArticles(new StalenessCriteria(3, 60))).extracting(StaleArticle::articleId)
                .containsExactly("privacy");
    }

    @Test
    void stalenessCriteriaAreChecked() {
        assertThatThrownBy(() -> new StalenessCriteria(0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StalenessCriteria(5, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StalenessCriteria.DEFAULT.tooManyNo(new ArticleTally("a", Locale.ENGLISH, "r", 5, 5))).isTrue();
        assertThat(StalenessCriteria.DEFAULT.tooManyNo(new ArticleTally("a", Locale.ENGLISH, "r", 6, 4))).isFalse();
    }
}
