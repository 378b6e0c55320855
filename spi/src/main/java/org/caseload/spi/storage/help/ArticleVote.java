// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.Objects;

/**
 * One reader's answer to "Was this article helpful?" on one revision of one article in one
 * locale. A reader has at most one answer per organization, article, locale and revision.
 * Immutable.
 *
 * @param organizationId the reader's organization; required
 * @param articleId      required
 * @param locale         the language tag of the version read, such as {@code fr-CA}; required
 * @param revision       the revision read (the help module uses the article's updated date); required
 * @param userId         the reader; required
 * @param helpful        yes or no
 * @param comment        the reader's feedback; may be null
 * @param votedAt        when the reader answered; required
 */
public record ArticleVote(String organizationId, String articleId, String locale, String revision, String userId,
                          boolean helpful, String comment, Instant votedAt) {
    public ArticleVote {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(votedAt, "votedAt");
    }
}
