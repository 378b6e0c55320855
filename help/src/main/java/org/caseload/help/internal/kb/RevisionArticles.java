// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseload.help.Article;
import org.caseload.help.ArticleStatus;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.ui.ArticleDocument;

/**
 * Stored revisions as article versions: parsed like the bundle's files, and the published ones laid
 * over the bundle's versions of the same organization, article and locale.
 */
final class RevisionArticles {

    /** One version's place: organization, article and locale. */
    private record Place(String organizationId, String articleId, String locale) {
        static Place of(ParsedArticle version) {
            return new Place(version.organizationId(), version.id(), version.locale().toLanguageTag());
        }
    }

    private RevisionArticles() {
    }

    /**
     * Parses a revision's text.
     *
     * @throws org.caseload.spi.error.ConfigurationException naming the line at fault
     */
    static ParsedArticle parse(String organizationId, String articleId, int number, String markdown) {
        return ArticleParser.parse(new ArticleDocument(organizationId, articleId,
                "revision " + number + " of " + articleId, markdown));
    }

    /**
     * The bundle's versions, each replaced by the published revision of its place if there is one,
     * and the published revisions of places the bundle does not have. A published revision is
     * published whatever its header's status says: the review decided it.
     */
    static List<ParsedArticle> overlay(List<ParsedArticle> bundle, List<ArticleRevision> published) {
        List<ParsedArticle> revisions = new ArrayList<>(published.size());
        Set<Place> replaced = new HashSet<>();
        for (ArticleRevision revision : published) {
            ParsedArticle parsed = asPublished(parse(revision.organizationId(), revision.articleId(),
                    revision.number(), revision.markdown()));
            revisions.add(parsed);
            replaced.add(Place.of(parsed));
        }
        List<ParsedArticle> versions = new ArrayList<>(bundle.size() + revisions.size());
        bundle.stream().filter(version -> !replaced.contains(Place.of(version))).forEach(versions::add);
        versions.addAll(revisions);
        return versions;
    }

    private static ParsedArticle asPublished(ParsedArticle parsed) {
        Article a = parsed.article();
        Article published = new Article(a.id(), a.organizationId(), a.locale(), a.title(), a.category(), a.tags(),
                a.author(), a.updated(), ArticleStatus.PUBLISHED, a.audience(), a.related(), a.reviewBy(), a.body());
        return new ParsedArticle(published, parsed.origin(), parsed.text());
    }
}
