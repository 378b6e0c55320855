// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.help.Article;
import org.caseload.help.ArticleFeedback;
import org.caseload.help.ArticleStatus;
import org.caseload.help.ArticleTally;
import org.caseload.help.RateArticle;
import org.caseload.help.StaleArticle;
import org.caseload.help.StalenessCriteria;
import org.caseload.help.UnansweredQuery;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.ArticleVote;
import org.caseload.spi.storage.help.ArticleVoteCount;

/**
 * "Was this article helpful?" and the reports built on the answers and on the search log. Every
 * call runs through {@link Kernel#call}: each one reads or writes the organization's records.
 * Thread-safe.
 */
final class ArticleRatings {

    private static final Operation RATE = new Operation("help.article.rate", Permission.HELP_READ);
    private static final Operation TALLY = Operation.reading("help.article.tally", Permission.HELP_READ);
    private static final Operation FEEDBACK = Operation.reading("help.article.feedback", Permission.DESIGN);
    private static final Operation STALE = Operation.reading("help.article.stale", Permission.DESIGN);
    private static final Operation UNANSWERED = Operation.reading("help.search.unanswered", Permission.DESIGN);
    private static final String RECORD_TYPE = "article";
    private static final Comparator<StaleArticle> BY_ID_AND_LOCALE = Comparator.comparing(StaleArticle::articleId)
            .thenComparing(stale -> stale.locale().toLanguageTag());

    private final Kernel kernel;
    private final ArticleIndex index;
    private final ReaderViews views;

    ArticleRatings(Kernel kernel, ArticleIndex index, ReaderViews views) {
        this.kernel = kernel;
        this.index = index;
        this.views = views;
    }

    ArticleTally rate(RateArticle answer) {
        return kernel.call(RATE, answer, context -> {
            Principal reader = context.principal();
            Article article = seen(reader, answer.articleId());
            String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
            context.session().articleFeedback().put(new ArticleVote(reader.organizationId(), article.id(),
                    article.locale().toLanguageTag(), article.revision(), reader.userId(), answer.helpful(), comment,
                    context.now()));
            context.auditRecord(RECORD_TYPE, article.id());
            context.auditDetail(answer.helpful() ? "helpful" : "not helpful");
            return tally(context, article);
        });
    }

    ArticleTally tally(String articleId) {
        return kernel.call(TALLY, new ArticleIdRequest(articleId, 1), context -> {
            Article article = seen(context.principal(), articleId);
            context.auditRecord(RECORD_TYPE, article.id());
            return tally(context, article);
        });
    }

    List<ArticleFeedback> feedback(String articleId, int limit) {
        return kernel.call(FEEDBACK, new ArticleIdRequest(articleId, limit), context -> {
            context.auditRecord(RECORD_TYPE, articleId);
            return context.session().articleFeedback().comments(context.principal().organizationId(), articleId, limit)
                    .stream()
                    .map(vote -> new ArticleFeedback(vote.articleId(), vote.revision(), vote.helpful(), vote.comment(),
                            vote.votedAt()))
                    .toList();
        });
    }

    List<StaleArticle> staleArticles(StalenessCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return kernel.call(STALE, null, context -> {
            String organizationId = context.principal().organizationId();
            Map<String, ArticleVoteCount> counts = new HashMap<>();
            for (ArticleVoteCount count : context.session().articleFeedback().counts(organizationId)) {
                counts.put(key(count.articleId(), count.locale(), count.revision()), count);
            }
            LocalDate today = LocalDate.ofInstant(context.now(), kernel.clock().getZone());
            List<StaleArticle> stale = new ArrayList<>();
            for (Article article : publishedFor(organizationId)) {
                String locale = article.locale().toLanguageTag();
                ArticleVoteCount count = counts.getOrDefault(key(article.id(), locale, article.revision()),
                        new ArticleVoteCount(article.id(), locale, article.revision(), 0, 0));
                ArticleTally tally = tally(article, count);
                Set<StaleArticle.Reason> reasons = EnumSet.noneOf(StaleArticle.Reason.class);
                if (article.reviewBy() != null && article.reviewBy().isBefore(today)) {
                    reasons.add(StaleArticle.Reason.PAST_REVIEW_DATE);
                }
                if (criteria.tooManyNo(tally)) {
                    reasons.add(StaleArticle.Reason.MANY_NOT_HELPFUL);
                }
                if (!reasons.isEmpty()) {
                    stale.add(new StaleArticle(article.id(), article.organizationId(), article.locale(),
                            article.title(), article.reviewBy(), tally, reasons));
                }
            }
            stale.sort(BY_ID_AND_LOCALE);
            context.auditDetail(stale.size() + " stale");
            return stale;
        });
    }

    List<UnansweredQuery> unansweredQueries(int limit) {
        return kernel.call(UNANSWERED, new LimitRequest(limit), context ->
                context.session().searchMisses().mostFrequent(context.principal().organizationId(), limit).stream()
                        .map(miss -> new UnansweredQuery(miss.query(), Locale.forLanguageTag(miss.locale()),
                                miss.count(), miss.lastSearchedAt()))
                        .toList());
    }

    /** The published version of the article the reader sees (readers vote on what is published), or not found. */
    private Article seen(Principal reader, String articleId) {
        return views.of(reader, false).article(articleId)
                .map(ParsedArticle::article)
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, articleId));
    }

    private static ArticleTally tally(CallContext context, Article article) {
        return tally(article, context.session().articleFeedback().count(context.principal().organizationId(),
                article.id(), article.locale().toLanguageTag(), article.revision()));
    }

    private static ArticleTally tally(Article article, ArticleVoteCount count) {
        return new ArticleTally(article.id(), article.locale(), article.revision(), count.helpful(),
                count.notHelpful());
    }

    /**
     * The published versions the organization's readers may see in some locale: its own, and the
     * product's that it does not override in the same locale.
     */
    private List<Article> publishedFor(String organizationId) {
        Set<String> overridden = new HashSet<>();
        List<Article> versions = new ArrayList<>();
        for (ParsedArticle parsed : index.articles()) {
            Article article = parsed.article();
            if (article.status() == ArticleStatus.PUBLISHED && organizationId.equals(article.organizationId())) {
                versions.add(article);
                overridden.add(key(article.id(), article.locale().toLanguageTag(), ""));
            }
        }
        for (ParsedArticle parsed : index.articles()) {
            Article article = parsed.article();
            if (article.status() == ArticleStatus.PUBLISHED && article.organizationId() == null
                    && !overridden.contains(key(article.id(), article.locale().toLanguageTag(), ""))) {
                versions.add(article);
            }
        }
        return versions;
    }

    private static String key(String articleId, String locale, String revision) {
        return articleId + '\n' + locale + '\n' + revision;
    }
}
