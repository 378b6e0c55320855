// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.help;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseload.core.Permission;
import org.caseload.help.Article;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.ArticleTally;
import org.caseload.help.KnowledgeBase;
import org.caseload.help.RateArticle;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The knowledge base: search, an article (rendered by the help module's allow-list, never the
 * author's markup as written) with "Was this helpful?", and the way a suggested article answers a
 * question before a ticket is sent.
 */
public final class HelpPages implements PageModule {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final int HITS = 20;

    private final Services services;

    /** The help pages over these services. */
    public HelpPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Knowledge base", "/help", Permission.HELP_READ.key())
                .get("/help", this::search)
                .get("/help/articles/{id}", request -> article(request, new FormErrors(), null, true))
                .post("/help/articles/{id}/rating", this::rate);
    }

    private KnowledgeBase knowledgeBase() {
        return services.help().knowledgeBase();
    }

    private Reply search(WebRequest request) {
        FormErrors errors = new FormErrors();
        String text = errors.checkText("q", request.param("q"), ArticleSearch.MAX_TEXT_LENGTH);
        List<ArticleHit> hits = List.of();
        Optional<String> didYouMean = Optional.empty();
        if (errors.isEmpty() && !text.isEmpty()) {
            try {
                hits = knowledgeBase().search(ArticleSearch.of(text));
                didYouMean = hits.isEmpty() ? knowledgeBase().didYouMean(text) : Optional.empty();
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "q");
            }
        }
        return Reply.view("help/search.jte", "help.search", "Knowledge base")
                .with("query", text).with("hits", hits.size() > HITS ? hits.subList(0, HITS) : hits)
                .with("didYouMean", didYouMean.orElse(null)).with("searched", !text.isEmpty())
                .with("errors", errors).with("categories", knowledgeBase().categories());
    }

    /**
     * @param opening whether the reader is opening the article (a suggestion's opening is counted
     *                then), rather than sending its rating
     */
    private Reply.View article(WebRequest request, FormErrors errors, ArticleTally tally, boolean opening) {
        String id = request.path("id");
        Article article = knowledgeBase().article(id).orElseThrow(() -> new NotFoundException("Article", id));
        String suggestion = request.optional("suggestion").filter(value -> ID.matcher(value).matches()).orElse(null);
        if (suggestion != null && opening) {
            try {
                services.help().ticketSuggestions().opened(suggestion, article.id());
            } catch (NotFoundException unknownSuggestion) {
                // An old or foreign suggestion id: the article shows, nothing is counted.
                suggestion = null;
            }
        }
        return Reply.view("help/article.jte", "help.article", article.title())
                .with("article", article).with("body", ArticleHeadings.demoted(article.bodyHtml()))
                .with("suggestion", suggestion).with("errors", errors)
                .with("tally", tally).with("related", knowledgeBase().related(article.id(), 5));
    }

    private Reply rate(WebRequest request) {
        FormErrors errors = new FormErrors();
        String comment = errors.checkText("comment", request.param("comment"), 2_000);
        String answer = request.param("helpful");
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            errors.add("helpful", "Choose yes or no.");
        }
        ArticleTally tally = null;
        if (errors.isEmpty()) {
            try {
                tally = knowledgeBase().rate(new RateArticle(request.path("id"), "yes".equals(answer),
                        comment.isEmpty() ? null : comment));
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "comment");
            }
        }
        Reply.View view = article(request, errors, tally, false);
        return errors.isEmpty() ? view : view.with("comment", comment);
    }
}
