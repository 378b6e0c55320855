// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Locale;
import java.util.Objects;

/**
 * Something an article points to that the content does not hold. Immutable.
 *
 * @param articleId      the article whose body points; never null
 * @param organizationId the organization of that version, or null for the product's
 * @param locale         the locale of that version; never null
 * @param kind           never null
 * @param target         what the link or image names, as written; never null
 */
public record ContentProblem(String articleId, String organizationId, Locale locale, Kind kind, String target) {

    /** What is missing. */
    public enum Kind {
        /** A link {@code [text](article-id)} to an article no version of which exists. */
        MISSING_ARTICLE,
        /** An image {@code ![text](images/file.png)} the content bundle does not hold. */
        MISSING_IMAGE
    }

    public ContentProblem {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }
}
