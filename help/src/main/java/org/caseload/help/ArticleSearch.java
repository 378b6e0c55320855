// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A knowledge-base search. Immutable.
 *
 * @param text          what the reader typed; required, at most 200 characters; typos are tolerated
 * @param category      only articles of this category, or null for every category
 * @param includeDrafts whether drafts are searched too; only users with design rights may ask
 * @param limit         the most hits wanted, 1 to 50
 */
public record ArticleSearch(
        @NotBlank @Size(max = MAX_TEXT_LENGTH) String text,
        @Size(max = 100) String category,
        boolean includeDrafts,
        @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The longest text a search accepts. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** The most hits a search may ask for. */
    public static final int MAX_LIMIT = 50;

    /** The first ten published articles of every category that match the text. */
    public static ArticleSearch of(String text) {
        return new ArticleSearch(text, null, false, 10);
    }

    /** The same search, only in this category. */
    public ArticleSearch inCategory(String onlyCategory) {
        return new ArticleSearch(text, onlyCategory, includeDrafts, limit);
    }

    /** The same search, drafts included. */
    public ArticleSearch withDrafts() {
        return new ArticleSearch(text, category, true, limit);
    }
}
