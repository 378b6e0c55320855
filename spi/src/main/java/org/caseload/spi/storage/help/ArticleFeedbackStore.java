// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.util.List;

/**
 * Readers' answers to "Was this article helpful?", one per reader, organization, article, locale
 * and revision. Answers are the readers' own and carry no record version: answering again
 * replaces one's own answer.
 */
public interface ArticleFeedbackStore {

    /**
     * Keeps an answer, replacing the same reader's answer on the same organization, article,
     * locale and revision if there is one.
     */
    void put(ArticleVote vote);

    /** The answers on one revision of one article in one locale; zero counts when there are none. */
    ArticleVoteCount count(String organizationId, String articleId, String locale, String revision);

    /**
     * The answers of an organization's readers on every article, locale and revision that has at
     * least one, ordered by article id, locale and revision (each by character code).
     */
    List<ArticleVoteCount> counts(String organizationId);

    /**
     * The answers with a comment on an article, in every locale and revision, newest first (ties
     * by user id, then locale, then revision, each by character code), at most {@code limit}.
     */
    List<ArticleVote> comments(String organizationId, String articleId, int limit);
}
