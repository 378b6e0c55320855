// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.util.List;

/**
 * The revisions organizations' editors write of knowledge-base articles: drafts beside the
 * published version, their review, and the history of what was published. A revision is keyed by
 * organization, article, locale and number.
 */
public interface ArticleRevisionStore {

    /**
     * Adds a revision.
     *
     * @throws org.caseload.spi.error.ConcurrentModificationException when a revision with this key
     *         exists (another editor took the number first); a
     *         {@link org.caseload.spi.error.StorageException} when another unit of work inserts it
     *         at the same moment
     */
    void insert(ArticleRevision revision);

    /**
     * Replaces the revision with the same key, if it is in the expected state.
     *
     * @throws org.caseload.spi.error.NotFoundException when there is no revision with this key
     * @throws org.caseload.spi.error.ConcurrentModificationException when it is in another state
     */
    void update(ArticleRevision revision, RevisionState expected);

    /** The revisions of one organization's version of an article in one locale, newest (highest number) first. */
    List<ArticleRevision> history(String organizationId, String articleId, String locale);

    /**
     * An organization's revisions in one state, by article id, locale and number (each ascending,
     * ids and locales by character code).
     */
    List<ArticleRevision> withState(String organizationId, RevisionState state);

    /** Every organization's published revisions, by organization, article id and locale (by character code). */
    List<ArticleRevision> published();
}
