// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Locale;

/**
 * Drafts, review and history of the caller's organization's articles, stored through the SPI's
 * {@link org.caseload.spi.storage.help.ArticleRevisionStore}. Obtained from
 * {@link HelpService#articleEditing()}; thread-safe.
 *
 * <p>An editor ({@code design}) writes a draft beside the published version, which readers keep
 * seeing, and submits it. A reviewer ({@code help.review}) publishes or rejects it; nobody reviews
 * their own revision. The published revision replaces, for the organization's readers, the
 * version of the content bundle in the same locale, from the moment it is published and after a
 * restart. Every revision stays in the history; a reviewer may revert to an earlier published one.
 * Every call is audited as {@code help.article.*} with the article id.
 */
public interface ArticleEditing {

    /**
     * Saves a draft: the article's current draft in that locale is replaced, or a new revision
     * started. The header is checked as the bundle's are; links to missing articles and missing
     * images are reported in {@link ArticleRevisionView#problems()}.
     *
     * @throws org.caseload.spi.error.ValidationException when the command breaks its constraints or
     *         the header is malformed (the violation names the line)
     * @throws org.caseload.spi.error.InvalidTransitionException when a revision of it is in review
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    ArticleRevisionView saveDraft(SaveDraft draft);

    /**
     * Submits the draft for review.
     *
     * @throws org.caseload.spi.error.NotFoundException when there is no draft
     * @throws org.caseload.spi.error.ValidationException when it links to missing articles or images
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    ArticleRevisionView submit(String articleId, Locale locale);

    /**
     * Publishes the revision in review: readers see it at once; the revision published before is
     * kept in the history.
     *
     * @throws org.caseload.spi.error.NotFoundException when there is no revision in review
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.review}, or when the
     *         reviewer wrote it
     */
    ArticleRevisionView publish(String articleId, Locale locale);

    /**
     * Sends the revision in review back; it stays in the history, and the published version is unchanged.
     *
     * @throws org.caseload.spi.error.NotFoundException when there is no revision in review
     * @throws org.caseload.spi.error.AccessDeniedException as {@link #publish}
     */
    ArticleRevisionView reject(String articleId, Locale locale);

    /**
     * Publishes again the text of an earlier published revision, as a new revision by the caller.
     * It was reviewed when first published, so it needs no second review.
     *
     * @throws org.caseload.spi.error.NotFoundException when no published revision has this number
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.review}
     */
    ArticleRevisionView revert(String articleId, Locale locale, int number);

    /**
     * Every revision of the organization's version in that locale, newest first, with who wrote
     * and reviewed each and when.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    List<ArticleRevisionView> history(String articleId, Locale locale);

    /**
     * The organization's revisions waiting for review, by article and locale.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.review}
     */
    List<ArticleRevisionView> inReview();
}
