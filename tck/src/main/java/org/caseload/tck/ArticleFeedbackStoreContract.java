// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.util.List;
import org.caseload.spi.storage.help.ArticleVote;
import org.caseload.spi.storage.help.ArticleVoteCount;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.help.ArticleFeedbackStore}: one answer per reader,
 * organization, article, locale and revision; counts per revision; comments newest first.
 */
public interface ArticleFeedbackStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void aReaderWhoAnswersAgainReplacesTheirAnswer() {
        Storage storage = storage();
        String org = unique("org");
        ArticleVote first = vote(org, "intake", "en", "2025-01-01", "reader-a", true, null, at(1));
        ArticleVote changed = vote(org, "intake", "en", "2025-01-01", "reader-a", false, "Out of date.", at(2));

        inUnit(storage, session -> session.articleFeedback().put(first));
        inUnit(storage, session -> session.articleFeedback().put(changed));

        assertThat(count(storage, org, "intake", "en", "2025-01-01"))
                .isEqualTo(new ArticleVoteCount("intake", "en", "2025-01-01", 0, 1));
        assertThat(comments(storage, org, "intake", 10))
                .containsExactly(changed);
    }

    @Test
    default void eachRevisionLocaleAndOrganizationCountsApart() {
        Storage storage = storage();
        String org = unique("org");
        String otherOrg = unique("org");
        inUnit(storage, session -> List.of(
                vote(org, "intake", "en", "2025-01-01", "reader-a", true, null, at(1)),
                vote(org, "intake", "en", "2025-01-01", "reader-b", false, null, at(2)),
                vote(org, "intake", "en", "2025-01-01", "reader-c", true, null, at(3)),
                vote(org, "intake", "en", "2025-02-01", "reader-a", false, null, at(4)),
                vote(org, "intake", "fr", "2025-01-01", "reader-a", true, null, at(5)),
                vote(otherOrg, "intake", "en", "2025-01-01", "reader-a", false, null, at(6)))
                .forEach(session.articleFeedback()::put));

        assertThat(count(storage, org, "intake", "en", "2025-01-01"))
                .isEqualTo(new ArticleVoteCount("intake", "en", "2025-01-01", 2, 1));
        assertThat(count(storage, otherOrg, "intake", "en", "2025-01-01"))
                .isEqualTo(new ArticleVoteCount("intake", "en", "2025-01-01", 0, 1));
        assertThat(count(storage, org, "households", "en", "2025-01-01"))
                .isEqualTo(new ArticleVoteCount("households", "en", "2025-01-01", 0, 0));
    }

    @Test
    default void countsListEveryAnsweredRevisionOfTheOrganizationInOrder() {
        Storage storage = storage();
        String org = unique("org");
        inUnit(storage, session -> List.of(
                vote(org, "privacy", "en", "2025-01-01", "reader-a", false, null, at(1)),
                vote(org, "intake", "fr", "2025-01-01", "reader-a", true, null, at(2)),
                vote(org, "intake", "en", "2025-02-01", "reader-a", true, null, at(3)),
                vote(org, "intake", "en", "2025-01-01", "reader-a", true, null, at(4)),
                vote(org, "intake", "en", "2025-01-01", "reader-b", false, null, at(5)),
                vote(unique("org"), "intake", "en", "2025-01-01", "reader-a", true, null, at(6)))
                .forEach(session.articleFeedback()::put));

        assertThat(counts(storage, org)).containsExactly(
                new ArticleVoteCount("intake", "en", "2025-01-01", 1, 1),
                new ArticleVoteCount("intake", "en", "2025-02-01", 1, 0),
                new ArticleVoteCount("intake", "fr", "2025-01-01", 1, 0),
                new ArticleVoteCount("privacy", "en", "2025-01-01", 0, 1));
    }

    @Test
    default void commentsAreTheAnswersWithTextNewestFirstThenByUser() {
        Storage storage = storage();
        String org = unique("org");
        ArticleVote oldest = vote(org, "intake", "en", "2025-01-01", "reader-a", false, "Missing a step.", at(1));
        ArticleVote silent = vote(org, "intake", "en", "2025-01-01", "reader-b", true, null, at(5));
        ArticleVote newestSecondByUser = vote(org, "intake", "fr", "2025-01-01", "reader-d", true, "Merci.", at(9));
        ArticleVote newestFirstByUser = vote(org, "intake", "en", "2025-02-01", "reader-c", true, "Clear.", at(9));
        ArticleVote otherArticle = vote(org, "privacy", "en", "2025-01-01", "reader-a", false, "Too long.", at(10));
        inUnit(storage, session -> List.of(oldest, silent, newestSecondByUser, newestFirstByUser, otherArticle)
                .forEach(session.articleFeedback()::put));

        assertThat(comments(storage, org, "intake", 10))
                .containsExactly(newestFirstByUser, newestSecondByUser, oldest);
        assertThat(comments(storage, org, "intake", 1))
                .containsExactly(newestFirstByUser);
    }

    @Test
    default void aRolledBackAnswerLeavesTheEarlierOne() {
        Storage storage = storage();
        String org = unique("org");
        ArticleVote kept = vote(org, "intake", "en", "2025-01-01", "reader-a", true, "Good.", at(1));
        inUnit(storage, session -> session.articleFeedback().put(kept));

        inRolledBackUnit(storage, session -> {
            session.articleFeedback().put(vote(org, "intake", "en", "2025-01-01", "reader-a", false, null, at(2)));
            session.articleFeedback().put(vote(org, "intake", "en", "2025-01-01", "reader-b", false, null, at(3)));
        });

        assertThat(count(storage, org, "intake", "en", "2025-01-01"))
                .isEqualTo(new ArticleVoteCount("intake", "en", "2025-01-01", 1, 0));
        assertThat(comments(storage, org, "intake", 10))
                .containsExactly(kept);
    }

    private static ArticleVoteCount count(Storage storage, String org, String article, String locale,
                                          String revision) {
        return storage.inTransaction(session -> session.articleFeedback().count(org, article, locale, revision));
    }

    private static List<ArticleVoteCount> counts(Storage storage, String org) {
        return storage.inTransaction(session -> session.articleFeedback().counts(org));
    }

    private static List<ArticleVote> comments(Storage storage, String org, String article, int limit) {
        return storage.inTransaction(session -> session.articleFeedback().comments(org, article, limit));
    }

    private static ArticleVote vote(String org, String article, String locale, String revision, String user,
                                    boolean helpful, String comment, Instant at) {
        return new ArticleVote(org, article, locale, revision, user, helpful, comment, at);
    }
}
