// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Objects;

/**
 * One knowledge-base article as its source holds it: Markdown with a front-matter header. The
 * help module parses it; the header format is documented there ({@code docs/help.md}).
 *
 * @param organizationId the organization whose override or own article it is, or null for the
 *                       product's article
 * @param articleId      the stable id of the article, shared by its translations and by the
 *                       organizations' overrides of it; required
 * @param origin         how messages name the place it was read from, such as a file path; required
 * @param markdown       the front-matter header and the Markdown body; required
 */
public record ArticleDocument(String organizationId, String articleId, String origin, String markdown) {
    public ArticleDocument {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(markdown, "markdown");
    }
}
