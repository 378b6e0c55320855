// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.help.internal.Problems;

/**
 * Parses every article of the content and checks them together: one version per organization,
 * article and locale, and related articles that exist.
 */
final class ArticleLoader {

    /** One version's place: organization (null for the product), article and locale. */
    private record Place(String organizationId, String articleId, String locale) {
    }

    private ArticleLoader() {
    }

    /**
     * @throws ConfigurationException naming the document at fault, for every problem found
     */
    static List<ParsedArticle> load(List<ArticleDocument> documents) {
        if (documents == null) {
            throw new ConfigurationException("the help content source returned null instead of a list of articles");
        }
        List<ParsedArticle> articles = new ArrayList<>(documents.size());
        Map<Place, String> origins = new HashMap<>();
        Problems problems = new Problems();
        for (ArticleDocument document : documents) {
            problems.check(() -> {
                if (document == null) {
                    throw new ConfigurationException("the help content source returned a null article");
                }
                ParsedArticle article = ArticleParser.parse(document);
                Place place = new Place(article.organizationId(), article.id(), article.locale().toLanguageTag());
                String first = origins.putIfAbsent(place, article.origin());
                if (first != null) {
                    throw new ConfigurationException(article.origin() + ": article " + article.id() + " in "
                            + place.locale() + " is already given by " + first);
                }
                articles.add(article);
            });
        }
        Set<String> ids = new HashSet<>();
        articles.forEach(article -> ids.add(article.id()));
        for (ParsedArticle article : articles) {
            for (String related : article.article().related()) {
                problems.check(() -> {
                    if (!ids.contains(related)) {
                        throw new ConfigurationException(article.origin() + ": related article " + related
                                + " does not exist");
                    }
                });
            }
        }
        problems.throwIfAny("the articles");
        return articles;
    }
}
