// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * A reader's answer to "Was this article helpful?". Immutable.
 *
 * @param articleId the article as the reader sees it; required
 * @param helpful   yes or no
 * @param comment   optional feedback, at most 2000 characters; null or blank for none
 */
public record RateArticle(
        @NotBlank @Size(max = 200) String articleId,
        boolean helpful,
        @MultiLine @Size(max = 2000) String comment) {

    /** An answer without a comment. */
    public static RateArticle of(String articleId, boolean helpful) {
        return new RateArticle(articleId, helpful, null);
    }
}
