// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One article of a category, as a list shows it. Immutable.
 *
 * @param articleId never null
 * @param title     never null
 * @param category  never null
 * @param locale    the locale of the version the reader sees; never null
 * @param updated   the date of its current revision; never null
 */
public record ArticleSummary(String articleId, String title, String category, Locale locale, LocalDate updated) {
    public ArticleSummary {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(updated, "updated");
    }
}
