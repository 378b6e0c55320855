// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;
import org.caseload.help.internal.SafeHtml;

/**
 * An article related to another. Immutable.
 *
 * @param articleId never null
 * @param title     never null
 * @param locale    never null
 * @param explicit  true when the author listed it, false when it was computed from the text
 */
public record RelatedArticle(String articleId, String title, Locale locale, boolean explicit) {
    public RelatedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
    }

    /** The title as HTML text, escaped: what a host puts in its page. */
    public String titleHtml() {
        return SafeHtml.escape(title);
    }
}
