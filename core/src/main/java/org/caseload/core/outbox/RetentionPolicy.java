// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Duration;
import org.caseload.spi.error.ConfigurationException;

/**
 * How long delivered outbox messages and the ids of applied incoming messages are kept before
 * pruning deletes them. A receiver applies each message id once by remembering it, and the link
 * refuses a message older than its replay window, so an id may be forgotten only once a message
 * carrying it can no longer be accepted: the retention is never shorter than the replay window.
 * Messages waiting for a person (dead letters) and incoming messages waiting for an earlier one
 * are never pruned.
 *
 * @param keep         how long after it was created (delivered messages) or received (applied ids)
 *                     a row is kept; positive and at least {@code replayWindow}
 * @param replayWindow the longest time the link accepts a message after it was sent, as the
 *                     transport's endpoint is configured; positive
 */
public record RetentionPolicy(Duration keep, Duration replayWindow) {

    /** The replay window unless the host names another: 5 minutes. */
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);
    /** The retention unless the host names another: 30 days. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(30);

    /**
     * @throws ConfigurationException when a duration is null, zero or negative, or {@code keep} is
     *         shorter than {@code replayWindow}, naming both values
     */
    public RetentionPolicy {
        requirePositive("keep", keep);
        requirePositive("replayWindow", replayWindow);
        if (keep.compareTo(replayWindow) < 0) {
            throw new ConfigurationException("retention keep " + keep + " is shorter than the replay window "
                    + replayWindow + ": a message id forgotten while the link still accepts the message could be"
                    + " applied twice; keep it at least " + replayWindow);
        }
    }

    /** Keep 30 days, replay window 5 minutes. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(DEFAULT_KEEP, DEFAULT_REPLAY_WINDOW);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new ConfigurationException("retention " + name + " must be a positive duration, was " + value);
        }
    }
}
