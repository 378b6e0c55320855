// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

/** Where a knowledge-base article is in its life; readers see only published articles. */
public enum ArticleStatus {
    /** Being written: seen only by users with design rights who ask for drafts. */
    DRAFT,
    /** Seen by every reader of its audience. */
    PUBLISHED,
    /** Withdrawn: seen by nobody, kept for the record. */
    ARCHIVED
}
