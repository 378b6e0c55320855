// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

/** Where one stored revision of an article stands in its review. */
public enum RevisionState {
    /** Being written; its author may still change it. */
    DRAFT,
    /** Submitted, waiting for a reviewer. */
    IN_REVIEW,
    /** The version readers see; at most one per organization, article and locale. */
    PUBLISHED,
    /** Was published, replaced by a later revision. */
    SUPERSEDED,
    /** A reviewer sent it back; kept for the history. */
    REJECTED
}
