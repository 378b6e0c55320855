// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.caseload.help.internal.SafeHtml;

/**
 * An article due for review, and why. Immutable.
 *
 * @param articleId      never null
 * @param organizationId the organization whose version it is, or null for the product's
 * @param locale         never null
 * @param title          never null
 * @param reviewBy       the review-by date, or null when the article has none
 * @param tally          the answers on its current revision; never null
 * @param reasons        never empty
 */
public record StaleArticle(String articleId, String organizationId, Locale locale, String title, LocalDate reviewBy,
                           ArticleTally tally, Set<Reason> reasons) {
    public StaleArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tally, "tally");
        reasons = Set.copyOf(reasons);
    }

    /** Why an article is due for review. */
    public enum Reason {
        /** Its review-by date has passed. */
        PAST_REVIEW_DATE,
        /** Too many readers said it did not help (see {@link StalenessCriteria}). */
        MANY_NOT_HELPFUL
    }

    /** The title as HTML text, escaped: what a host puts in its page. */
    public String titleHtml() {
        return SafeHtml.escape(title);
    }
}
