// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caseload.spi.storage.help.RevisionState;

/**
 * One revision of an organization's version of an article, as editors and reviewers see it.
 * Immutable.
 *
 * @param articleId      never null
 * @param organizationId never null
 * @param locale         never null
 * @param number         from 1
 * @param state          never null
 * @param title          the title its header gives; never null
 * @param markdown       the whole article, header and body; never null
 * @param authorId       who wrote it, or for a revert who reverted; never null
 * @param writtenAt      when; never null
 * @param reviewerId     who published or rejected it; null before a review
 * @param reviewedAt     when; null before a review
 * @param revertOf       the revision whose text it restores, or 0
 * @param problems       links to missing articles and missing images in it; never null
 */
public record ArticleRevisionView(String articleId, String organizationId, Locale locale, int number,
                                  RevisionState state, String title, String markdown, String authorId,
                                  Instant writtenAt, String reviewerId, Instant reviewedAt, int revertOf,
                                  List<ContentProblem> problems) {
    public ArticleRevisionView {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        problems = List.copyOf(problems);
    }
}
