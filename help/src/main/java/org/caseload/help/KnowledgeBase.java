// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge base of articles, for the current user. Obtained from
 * {@link HelpService#knowledgeBase()}; thread-safe.
 *
 * <h2>Which version of an article a reader sees</h2>
 * An article may exist in several locales and be overridden by organizations. A reader sees, for
 * each article id, the first version that they may read, in this order: their organization's
 * version in each locale of their chain ({@code fr-CA}, {@code fr}, {@code en}), then the
 * product's in the same order (the rule of tool tips). They may read a version when it is
 * published (or a draft, for users with design rights who ask for drafts: {@link #article(String, boolean)},
 * {@link ArticleSearch#withDrafts()}) and its audience is empty or names a permission they hold.
 * Archived articles are never shown. An organization's published revision
 * ({@link ArticleEditing}) takes the place of the bundle's version in the same locale.
 *
 * <h2>Costs and audit</h2>
 * Reads and searches check {@code help.read} and write nothing, except a search that finds
 * nothing, which is logged (without the user's id) for {@link #unansweredQueries}. Answers to
 * "Was this article helpful?" are written and audited. The reports need design rights.
 */
public interface KnowledgeBase {

    /**
     * The version of an article the reader sees.
     *
     * @return empty when there is no such article or the reader may not see any version of it
     * @throws org.caseload.spi.error.ValidationException when the id is blank or longer than 200
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    Optional<Article> article(String articleId);

    /**
     * The version of an article the reader sees, drafts included when asked for.
     *
     * @param includeDrafts whether a draft may be shown; only users with design rights may ask
     * @return empty when there is no such article or the reader may not see any version of it
     * @throws org.caseload.spi.error.ValidationException when the id is blank or longer than 200
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}, or when
     *         drafts are asked for without design rights
     */
    Optional<Article> article(String articleId, boolean includeDrafts);

    /**
     * The categories of the published articles the reader sees, with how many each holds, by
     * name (ignoring case).
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    List<CategoryCount> categories();

    /**
     * The published articles of a category (compared ignoring case) that the reader sees, by title.
     *
     * @throws org.caseload.spi.error.ValidationException when the category is blank or longer than 100
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    List<ArticleSummary> browse(String category);

    /**
     * Links to articles that do not exist and images the content does not hold, in the product's
     * articles and the caller's organization's, as indexed. Needs design rights.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    List<ContentProblem> contentProblems();

    /**
     * Searches the articles the reader sees, best first: BM25 relevance with the title weighing
     * more than the tags, and the tags more than the body; words with a typo or two still match,
     * the field's acronyms and synonyms find each other (HoH, head of household), a French or
     * Spanish question finds articles that exist only in English, and the last word, when the
     * text does not end with a space, counts as a prefix still being typed. Only articles that
     * clear a relevance floor the same for every query are returned: a question no article
     * answers returns nothing, and is logged for {@link #unansweredQueries} (unless it was kept
     * to a category and another category answers it).
     *
     * @throws org.caseload.spi.error.ValidationException when the search breaks its constraints
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}, or when
     *         drafts are asked for without design rights
     */
    List<ArticleHit> search(ArticleSearch search);

    /**
     * "Did you mean": the text with each word that no article the reader sees holds replaced by
     * the most common word of those articles one or two typos away. Words of the field's
     * vocabulary (acronyms, synonyms) are taken as typed.
     *
     * @return empty when every word is known or none has a correction
     * @throws org.caseload.spi.error.ValidationException when the text is blank or longer than 200
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    Optional<String> didYouMean(String text);

    /**
     * The articles related to one: first those its author lists, in their order, then those
     * whose text is most alike, up to {@code limit} in all; only articles the reader sees.
     *
     * @return empty when the reader does not see the article
     * @throws org.caseload.spi.error.ValidationException when the id is blank or the limit is not 1 to 20
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    List<RelatedArticle> related(String articleId, int limit);

    /**
     * Records the reader's answer on the current revision of the article they see. A reader has
     * one answer per revision: answering again replaces it. Audited as {@code help.article.rate}.
     *
     * @return the tally of that revision, the answer included
     * @throws org.caseload.spi.error.NotFoundException when the reader does not see the article
     * @throws org.caseload.spi.error.ValidationException when the answer breaks its constraints
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    ArticleTally rate(RateArticle answer);

    /**
     * The tally of the current revision of the article the reader sees, in their organization.
     *
     * @throws org.caseload.spi.error.NotFoundException when the reader does not see the article
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    ArticleTally tally(String articleId);

    /**
     * The comments readers of the organization left on an article, newest first. Needs design rights.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is blank or the limit is not 1 to 500
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    List<ArticleFeedback> feedback(String articleId, int limit);

    /**
     * The versions the organization's readers see (in every locale) that are due for review: past
     * their review-by date, or with too many "No" answers on their current revision. Needs
     * design rights.
     *
     * @throws org.caseload.spi.error.ValidationException when the criteria are null
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    List<StaleArticle> staleArticles(StalenessCriteria criteria);

    /**
     * The organization's searches that found nothing, most frequent first. Needs design rights.
     *
     * @throws org.caseload.spi.error.ValidationException when the limit is not 1 to 500
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    List<UnansweredQuery> unansweredQueries(int limit);
}
