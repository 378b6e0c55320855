// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;

/**
 * An article suggested while a user writes a ticket. Immutable.
 *
 * @param articleId   never null
 * @param title       never null
 * @param locale      never null
 * @param screenGuide true when it is the guide of the user's screen rather than a match of the text
 */
public record SuggestedArticle(String articleId, String title, Locale locale, boolean screenGuide) {
    public SuggestedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
    }
}
