// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.internal.Kernel;
import org.caseload.help.Article;
import org.caseload.help.ArticleFeedback;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.ArticleSummary;
import org.caseload.help.ArticleTally;
import org.caseload.help.CategoryCount;
import org.caseload.help.ContentProblem;
import org.caseload.help.KnowledgeBase;
import org.caseload.help.RateArticle;
import org.caseload.help.RelatedArticle;
import org.caseload.help.StaleArticle;
import org.caseload.help.StalenessCriteria;
import org.caseload.help.UnansweredQuery;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.ui.HelpContentSource;

/**
 * The knowledge base readers use: the bundle's articles with the organizations' published
 * revisions laid over them. The index is immutable; when a revision is published or reverted it
 * is rebuilt from the bundle and the stored published revisions, and swapped in whole, so a
 * reader sees either the index before or the one after. Thread-safe.
 */
public final class LiveKnowledgeBase implements KnowledgeBase {

    private final Kernel kernel;
    private final List<ParsedArticle> bundle;
    private final BundleImages images;
    private volatile DefaultKnowledgeBase current;

    private LiveKnowledgeBase(Kernel kernel, List<ParsedArticle> bundle, BundleImages images) {
        this.kernel = kernel;
        this.bundle = bundle;
        this.images = images;
        this.current = build();
    }

    /**
     * Parses the bundle's articles, reads the published revisions from storage and indexes both.
     *
     * @throws org.caseload.spi.error.ConfigurationException naming the article at fault
     */
    public static LiveKnowledgeBase over(Kernel kernel, HelpContentSource content) {
        return new LiveKnowledgeBase(kernel, ArticleLoader.load(content.articles()), new BundleImages(content));
    }

    /** Indexes again, after a revision was published or reverted. */
    void reload() {
        current = build();
    }

    private DefaultKnowledgeBase build() {
        // Read outside any service call: the published revisions of every organization are shared
        // content, loaded at start and after a publication.
        List<ArticleRevision> published = kernel.storage().inTransaction(session -> session.articleRevisions()
                .published());
        return DefaultKnowledgeBase.over(kernel, bundle, published, images);
    }

    /** The index as it is now. */
    DefaultKnowledgeBase current() {
        return current;
    }

    /** The problems of a revision's text, against the articles indexed now. */
    List<ContentProblem> problemsOf(ParsedArticle version) {
        return current.problemsOf(version, images);
    }

    /** The ids of every article the content holds, in any locale and organization. */
    public Set<String> articleIds() {
        return current.articleIds();
    }

    /** The published version of an article a reader sees: never a draft. */
    public Optional<Article> published(Principal reader, String articleId) {
        return current.published(reader, articleId);
    }

    @Override
    public Optional<Article> article(String articleId) {
        return current.article(articleId);
    }

    @Override
    public Optional<Article> article(String articleId, boolean includeDrafts) {
        return current.article(articleId, includeDrafts);
    }

    @Override
    public List<CategoryCount> categories() {
        return current.categories();
    }

    @Override
    public List<ArticleSummary> browse(String category) {
        return current.browse(category);
    }

    @Override
    public List<ContentProblem> contentProblems() {
        return current.contentProblems();
    }

    @Override
    public List<ArticleHit> search(ArticleSearch search) {
        return current.search(search);
    }

    @Override
    public List<RelatedArticle> related(String articleId, int limit) {
        return current.related(articleId, limit);
    }

    @Override
    public ArticleTally rate(RateArticle answer) {
        return current.rate(answer);
    }

    @Override
    public ArticleTally tally(String articleId) {
        return current.tally(articleId);
    }

    @Override
    public List<ArticleFeedback> feedback(String articleId, int limit) {
        return current.feedback(articleId, limit);
    }

    @Override
    public List<StaleArticle> staleArticles(StalenessCriteria criteria) {
        return current.staleArticles(criteria);
    }

    @Override
    public List<UnansweredQuery> unansweredQueries(int limit) {
        return current.unansweredQueries(limit);
    }
}
