// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.util.Objects;

/**
 * How the readers of one organization answered on one revision of one article in one locale.
 * Immutable.
 *
 * @param articleId  required
 * @param locale     required
 * @param revision   required
 * @param helpful    how many said yes
 * @param notHelpful how many said no
 */
public record ArticleVoteCount(String articleId, String locale, String revision, int helpful, int notHelpful) {
    public ArticleVoteCount {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(revision, "revision");
    }
}
