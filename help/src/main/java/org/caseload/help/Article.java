// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.caseload.help.internal.SafeHtml;

/**
 * One knowledge-base article in one locale, as its front-matter header and Markdown body give it.
 * Immutable.
 *
 * @param id             the stable id, shared by its translations and overrides; never null
 * @param organizationId the organization whose version this is, or null for the product's
 * @param locale         never null
 * @param title          never null
 * @param category       such as {@code User Guide} or {@code Admin Guide}; never null
 * @param tags           never null, may be empty
 * @param author         may be null
 * @param updated        the date of the current revision; never null
 * @param status         never null
 * @param audience       the permission keys of which a reader needs one; empty for every reader
 * @param related        the ids of the articles the author links to, in order; never null
 * @param reviewBy       the date by which the article should be reviewed; may be null
 * @param body           the Markdown body, without the header; never null
 */
public record Article(String id, String organizationId, Locale locale, String title, String category,
                      List<String> tags, String author, LocalDate updated, ArticleStatus status,
                      Set<String> audience, List<String> related, LocalDate reviewBy, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(status, "status");
        audience = Set.copyOf(audience);
        related = List.copyOf(related);
        Objects.requireNonNull(body, "body");
    }

    /**
     * The revision readers vote on: the {@link #updated} date. An author who changes an article
     * enough to ask readers again moves the date; votes on earlier revisions stay with them.
     */
    public String revision() {
        return updated.toString();
    }

    /** The title as HTML text, escaped: what a host puts in its page. */
    public String titleHtml() {
        return SafeHtml.escape(title);
    }

    /**
     * The body rendered from Markdown to HTML and cleaned by an allow-list (jsoup's): headings,
     * paragraphs, lists, tables, code, links and images, with link and image addresses http(s) or
     * relative only; no script, event handler or style survives.
     */
    public String bodyHtml() {
        return SafeHtml.body(body);
    }
}
