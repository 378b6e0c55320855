// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.Locale;
import org.caseload.help.Article;

/**
 * An article read from its source, with what indexing and visibility need. Immutable.
 *
 * @param article the article
 * @param origin  how messages name where it was read from
 * @param text    the readable text of its body
 */
record ParsedArticle(Article article, String origin, String text) {

    String id() {
        return article.id();
    }

    String organizationId() {
        return article.organizationId();
    }

    Locale locale() {
        return article.locale();
    }
}
