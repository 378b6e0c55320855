// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;
import org.caseload.help.internal.SafeHtml;

/**
 * One article a search found, best first. Immutable.
 *
 * @param articleId never null
 * @param title     never null
 * @param category  never null
 * @param locale    the locale of the version found; never null
 * @param status    never null
 * @param snippet   a passage of the body, matched words marked; never null
 * @param score     the relevance (BM25 with field boosts); comparable only within one search
 */
public record ArticleHit(String articleId, String title, String category, Locale locale, ArticleStatus status,
                         Snippet snippet, float score) {
    public ArticleHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** The title as HTML text, escaped: what a host puts in its page. */
    public String titleHtml() {
        return SafeHtml.escape(title);
    }
}
