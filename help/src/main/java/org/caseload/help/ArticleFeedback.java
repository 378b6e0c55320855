// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on an article, with their answer. Immutable.
 *
 * @param articleId never null
 * @param revision  the revision the reader saw; never null
 * @param helpful   the reader's answer
 * @param comment   never null
 * @param at        when the reader answered; never null
 */
public record ArticleFeedback(String articleId, String revision, boolean helpful, String comment, Instant at) {
    public ArticleFeedback {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
    }
}
