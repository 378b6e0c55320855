// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

/**
 * When an article is due for review besides its review-by date: once at least
 * {@code minimumVotes} readers answered on its current revision and at least
 * {@code notHelpfulPercent} percent of them said no. Immutable.
 *
 * @param minimumVotes      at least 1
 * @param notHelpfulPercent 1 to 100
 */
public record StalenessCriteria(int minimumVotes, int notHelpfulPercent) {

    /** Five answers, half of them no. */
    public static final StalenessCriteria DEFAULT = new StalenessCriteria(5, 50);

    public StalenessCriteria {
        if (minimumVotes < 1) {
            throw new IllegalArgumentException("minimumVotes must be at least 1, was " + minimumVotes);
        }
        if (notHelpfulPercent < 1 || notHelpfulPercent > 100) {
            throw new IllegalArgumentException("notHelpfulPercent must be 1 to 100, was " + notHelpfulPercent);
        }
    }

    /** Whether these answers make an article stale. */
    public boolean tooManyNo(ArticleTally tally) {
        return tally.votes() >= minimumVotes && tally.notHelpful() * 100 >= notHelpfulPercent * tally.votes();
    }
}
