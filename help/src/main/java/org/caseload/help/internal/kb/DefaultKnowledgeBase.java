// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.help.Article;
import org.caseload.help.ArticleFeedback;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.ArticleTally;
import org.caseload.help.KnowledgeBase;
import org.caseload.help.RateArticle;
import org.caseload.help.RelatedArticle;
import org.caseload.help.StaleArticle;
import org.caseload.help.StalenessCriteria;
import org.caseload.help.UnansweredQuery;
import org.caseload.help.internal.LocaleFallback;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.SearchMiss;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.SearchSynonyms;

/** The knowledge base over a runtime's {@link Kernel} and the articles indexed when it was created. */
public final class DefaultKnowledgeBase implements KnowledgeBase {

    private static final Operation READ = new Operation("help.article.read", Permission.HELP_READ);
    private static final Operation SEARCH = new Operation("help.search", Permission.HELP_READ);
    private static final Operation SEARCH_DRAFTS = new Operation("help.search.drafts", Permission.DESIGN);
    private static final Operation LOG_MISS = new Operation("help.search.miss", Permission.HELP_READ);
    private static final int MAX_QUERY_LENGTH = 200;

    private final Kernel kernel;
    private final ArticleIndex index;
    private final ReaderViews views;
    private final KnowledgeSearch search;
    private final ArticleRatings ratings;

    private DefaultKnowledgeBase(Kernel kernel, ArticleIndex index, List<SearchSynonyms> synonyms) {
        this.kernel = kernel;
        this.index = index;
        this.views = new ReaderViews(index);
        this.search = new KnowledgeSearch(index, new Thesauri(synonyms));
        this.ratings = new ArticleRatings(kernel, index, views);
    }

    /**
     * Parses and indexes the articles.
     *
     * @param synonyms what the content adds to the field's vocabulary the module ships
     * @throws org.caseload.spi.error.ConfigurationException naming the article at fault
     */
    public static DefaultKnowledgeBase over(Kernel kernel, List<ArticleDocument> documents,
                                            List<SearchSynonyms> synonyms) {
        return new DefaultKnowledgeBase(kernel, ArticleIndex.of(ArticleLoader.load(documents)), synonyms);
    }

    /** The ids of every article the content holds, in any locale and organization. */
    public Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        index.articles().forEach(article -> ids.add(article.id()));
        return ids;
    }

    @Override
    public Optional<Article> article(String articleId) {
        Principal reader = kernel.authorize(READ);
        kernel.validate(new ArticleIdRequest(articleId, 1));
        return viewOf(reader).article(articleId).map(ParsedArticle::article);
    }

    @Override
    public List<ArticleHit> search(ArticleSearch request) {
        Principal reader = kernel.authorize(SEARCH);
        kernel.validate(request);
        if (request.includeDrafts()) {
            kernel.authorize(SEARCH_DRAFTS);
        }
        ReaderView view = views.of(reader, request.includeDrafts());
        List<Locale> chain = LocaleFallback.chain(reader.locale());
        List<ArticleHit> hits = search.search(view, reader.organizationId(), chain, request.text(),
                request.category(), request.limit());
        // A search kept to a category that finds nothing there is not a gap in the help when
        // another category answers it: only questions nothing answers are logged.
        boolean unanswered = hits.isEmpty() && (request.category() == null
                || search.search(view, reader.organizationId(), chain, request.text(), null, 1).isEmpty());
        if (unanswered) {
            logMiss(request.text());
        }
        return hits;
    }

    @Override
    public Optional<String> didYouMean(String text) {
        Principal reader = kernel.authorize(SEARCH);
        kernel.validate(new SpellingRequest(text));
        return search.didYouMean(viewOf(reader), reader.organizationId(), LocaleFallback.chain(reader.locale()), text);
    }

    private void logMiss(String text) {
        String query = normalize(text);
        kernel.call(LOG_MISS, null, context -> {
            Principal reader = context.principal();
            context.session().searchMisses().append(new SearchMiss(context.newId(), reader.organizationId(),
                    reader.locale().toLanguageTag(), query, context.now()));
            context.auditRecord("search-miss", null);
            return null;
        });
    }

    @Override
    public List<RelatedArticle> related(String articleId, int limit) {
        Principal reader = kernel.authorize(READ);
        kernel.validate(new RelatedRequest(articleId, limit));
        ReaderView view = viewOf(reader);
        Optional<ParsedArticle> article = view.article(articleId);
        if (article.isEmpty()) {
            return List.of();
        }
        List<RelatedArticle> related = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (String explicit : article.get().article().related()) {
            if (related.size() < limit) {
                view.article(explicit).ifPresent(found -> {
                    related.add(new RelatedArticle(found.id(), found.article().title(), found.locale(), true));
                    chosen.add(found.id());
                });
            }
        }
        if (related.size() < limit) {
            related.addAll(search.alike(view, article.get(), chosen, limit - related.size()));
        }
        return related;
    }

    @Override
    public ArticleTally rate(RateArticle answer) {
        return ratings.rate(answer);
    }

    @Override
    public ArticleTally tally(String articleId) {
        return ratings.tally(articleId);
    }

    @Override
    public List<ArticleFeedback> feedback(String articleId, int limit) {
        return ratings.feedback(articleId, limit);
    }

    @Override
    public List<StaleArticle> staleArticles(StalenessCriteria criteria) {
        return ratings.staleArticles(criteria);
    }

    @Override
    public List<UnansweredQuery> unansweredQueries(int limit) {
        return ratings.unansweredQueries(limit);
    }

    private ReaderView viewOf(Principal reader) {
        return views.of(reader, reader.hasPermission(Permission.DESIGN.key()));
    }

    /** Trimmed, lower case, single spaces, at most the longest query: the same search logs the same text. */
    static String normalize(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return normalized.length() > MAX_QUERY_LENGTH ? normalized.substring(0, MAX_QUERY_LENGTH) : normalized;
    }
}
