// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;

/**
 * The answers to "Was this article helpful?" for one revision of one article in one locale, in
 * the reader's organization: one answer per reader. Immutable.
 *
 * @param articleId  never null
 * @param locale     never null
 * @param revision   the revision the answers are about ({@link Article#revision()}); never null
 * @param helpful    how many readers said yes
 * @param notHelpful how many readers said no
 */
public record ArticleTally(String articleId, Locale locale, String revision, int helpful, int notHelpful) {
    public ArticleTally {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(revision, "revision");
    }

    /** How many readers answered. */
    public int votes() {
        return helpful + notHelpful;
    }
}
