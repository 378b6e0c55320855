// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.Objects;

/**
 * One revision of an organization's version of an article in one locale, as its editors wrote it.
 * Revisions are numbered from 1 per organization, article and locale. Immutable.
 *
 * @param organizationId the organization whose version it is; required
 * @param articleId      required
 * @param locale         the language tag, such as {@code fr-CA}; required
 * @param number         from 1, one more than the revision before it
 * @param state          required
 * @param markdown       the whole article: front-matter header and Markdown body; required
 * @param authorId       the user who wrote it (for a revert, who reverted); required
 * @param writtenAt      when it was last written; required
 * @param reviewerId     who published or rejected it; null before a review
 * @param reviewedAt     when; null before a review
 * @param revertOf       the number of the revision whose text it restores, or 0
 */
public record ArticleRevision(String organizationId, String articleId, String locale, int number,
                              RevisionState state, String markdown, String authorId, Instant writtenAt,
                              String reviewerId, Instant reviewedAt, int revertOf) {
    public ArticleRevision {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (number < 1 || revertOf < 0) {
            throw new IllegalArgumentException("number must be at least 1 and revertOf at least 0");
        }
    }

    /** The same revision in another state, reviewed (or not) by someone at some time. */
    public ArticleRevision withState(RevisionState newState, String newReviewerId, Instant newReviewedAt) {
        return new ArticleRevision(organizationId, articleId, locale, number, newState, markdown, authorId, writtenAt,
                newReviewerId, newReviewedAt, revertOf);
    }
}
