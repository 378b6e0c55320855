// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
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
import org.caseload.help.ArticleSummary;
import org.caseload.help.CategoryCount;
import org.caseload.help.ContentProblem;
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
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.ui.SearchSynonyms;

/** The knowledge base over a runtime's {@link Kernel} and the articles indexed when it was created. */
public final class DefaultKnowledgeBase implements KnowledgeBase {

    private static final Operation READ = new Operation("help.article.read", Permission.HELP_READ);
    private static final Operation SEARCH = new Operation("help.search", Permission.HELP_READ);
    private static final Operation SEARCH_DRAFTS = new Operation("help.search.drafts", Permission.DESIGN);
    private static final Operation READ_DRAFTS = new Operation("help.article.read.drafts", Permission.DESIGN);
    private static final Operation BROWSE = new Operation("help.browse", Permission.HELP_READ);
    private static final Operation PROBLEMS = new Operation("help.content.problems", Permission.DESIGN);
    private static final Comparator<String> CATEGORY_ORDER = String.CASE_INSENSITIVE_ORDER
            .thenComparing(Comparator.naturalOrder());
    private static final Operation LOG_MISS = new Operation("help.search.miss", Permission.HELP_READ);
    private static final int MAX_QUERY_LENGTH = 200;

    private final Kernel kernel;
    private final ArticleIndex index;
    private final ReaderViews views;
    private final KnowledgeSearch search;
    private final ArticleRatings ratings;
    /** Links to missing articles and missing images, found when the articles were indexed. */
    private final List<ContentProblem> problems;

    private DefaultKnowledgeBase(Kernel kernel, ArticleIndex index, List<SearchSynonyms> synonyms,
                                 ContentCheck.Images images) {
        this.kernel = kernel;
        this.index = index;
        this.views = new ReaderViews(index);
        this.search = new KnowledgeSearch(index, new Thesauri(synonyms));
        this.ratings = new ArticleRatings(kernel, index, views);
        this.problems = ContentCheck.problems(index.articles(), articleIds(), images);
    }

    /** Indexes the bundle's articles with the published revisions laid over them. */
    static DefaultKnowledgeBase over(Kernel kernel, List<ParsedArticle> bundle, List<ArticleRevision> published,
                                     List<SearchSynonyms> synonyms, ContentCheck.Images images) {
        return new DefaultKnowledgeBase(kernel, ArticleIndex.of(RevisionArticles.overlay(bundle, published)),
                synonyms, images);
    }

    /** The ids of every article the content holds, in any locale and organization. */
    public Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        index.articles().forEach(article -> ids.add(article.id()));
        return ids;
    }

    @Override
    public Optional<Article> article(String articleId) {
        return article(articleId, false);
    }

    @Override
    public Optional<Article> article(String articleId, boolean includeDrafts) {
        Principal reader = kernel.authorize(READ);
        kernel.validate(new ArticleIdRequest(articleId, 1));
        if (includeDrafts) {
            kernel.authorize(READ_DRAFTS);
        }
        return views.of(reader, includeDrafts).article(articleId).map(ParsedArticle::article);
    }

    /** The published version of an article a reader sees, for the Help menu and suggestions: never a draft. */
    public Optional<Article> published(Principal reader, String articleId) {
        return views.of(reader, false).article(articleId).map(ParsedArticle::article);
    }

    @Override
    public List<CategoryCount> categories() {
        Principal reader = kernel.authorize(BROWSE);
        Map<String, Integer> counts = new TreeMap<>(CATEGORY_ORDER);
        views.of(reader, false).articles().forEach(version -> counts.merge(version.article().category(), 1,
                Integer::sum));
        List<CategoryCount> categories = new ArrayList<>(counts.size());
        counts.forEach((category, articles) -> categories.add(new CategoryCount(category, articles)));
        return categories;
    }

    @Override
    public List<ArticleSummary> browse(String category) {
        Principal reader = kernel.authorize(BROWSE);
        kernel.validate(new CategoryRequest(category));
        return views.of(reader, false).articles().stream()
                .map(ParsedArticle::article)
                .filter(article -> article.category().equalsIgnoreCase(category.strip()))
                .map(article -> new ArticleSummary(article.id(), article.title(), article.category(),
                        article.locale(), article.updated()))
                .sorted(Comparator.comparing(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ArticleSummary::articleId))
                .toList();
    }

    @Override
    public List<ContentProblem> contentProblems() {
        Principal designer = kernel.authorize(PROBLEMS);
        return problems.stream().filter(problem -> problem.organizationId() == null
                || problem.organizationId().equals(designer.organizationId())).toList();
    }

    /** The links to missing articles and the missing images of a revision's text. */
    List<ContentProblem> problemsOf(ParsedArticle version, ContentCheck.Images images) {
        return ContentCheck.problems(version, articleIds(), images);
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
        return search.didYouMean(views.of(reader, false), reader.organizationId(), LocaleFallback.chain(reader.locale()), text);
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
        ReaderView view = views.of(reader, false);
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

    /** Trimmed, lower case, single spaces, at most the longest query: the same search logs the same text. */
    static String normalize(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return normalized.length() > MAX_QUERY_LENGTH ? normalized.substring(0, MAX_QUERY_LENGTH) : normalized;
    }
}
