// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Duration;
import org.caseload.spi.error.ConfigurationException;

/**
 * How an {@link OutboxDispatcher} retries a message whose delivery failed for now: after the first
 * failure it waits {@code initialDelay}, doubling the wait after each further failure up to
 * {@code maxDelay}; each wait is shortened by a random part of up to {@code jitter} of itself, so
 * that messages that failed together do not all come back together. A message whose next attempt
 * would start more than {@code giveUpAfter} after it was queued is given up on: it becomes a dead
 * letter, which a person resends or discards. A claimed message is leased for {@code lease}, after
 * which another dispatcher may take it (a node that died mid-delivery).
 *
 * <p>The {@linkplain #defaults() defaults}: 30 seconds doubling to 15 minutes, jitter 0.2, give up
 * after 4 hours, lease 5 minutes. Without jitter that is attempts at 0 s, 30 s, 1:30, 3:30, 7:30,
 * 15:30, 30:30 and then every 15 minutes: 20 attempts, the last at 3:45:30, before the message is
 * dead at the failure of that attempt (the next would start after 4 hours). With jitter the waits
 * are up to a fifth shorter, so a few more attempts fit.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults()
 *     .withBackoff(Duration.ofSeconds(5), Duration.ofMinutes(10))
 *     .withGiveUpAfter(Duration.ofHours(24));
 * }</pre>
 *
 * @param initialDelay the wait after the first failed attempt; positive
 * @param maxDelay     the longest wait; at least {@code initialDelay}
 * @param jitter       the largest part of each wait taken off at random, from 0 (none) to 1
 * @param giveUpAfter  how long after a message was queued its retries stop; positive
 * @param lease        how long a claimed message is held by the dispatcher that claimed it; positive
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, double jitter, Duration giveUpAfter,
                          Duration lease) {

    /**
     * @throws ConfigurationException naming the setting that is null or out of range, and its value
     */
    public RetryPolicy {
        requirePositive("initialDelay", initialDelay);
        requirePositive("maxDelay", maxDelay);
        requirePositive("giveUpAfter", giveUpAfter);
        requirePositive("lease", lease);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new ConfigurationException("retry maxDelay " + maxDelay + " is shorter than initialDelay "
                    + initialDelay);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new ConfigurationException("retry jitter must be between 0 and 1, was " + jitter);
        }
    }

    /** 30 s doubling to 15 min, jitter 0.2, give up after 4 h, 5 min lease. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2, Duration.ofHours(4),
                Duration.ofMinutes(5));
    }

    /** This policy with another first wait and longest wait. */
    public RetryPolicy withBackoff(Duration initialDelay, Duration maxDelay) {
        return new RetryPolicy(initialDelay, maxDelay, jitter, giveUpAfter, lease);
    }

    /** This policy with another jitter. */
    public RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(initialDelay, maxDelay, jitter, giveUpAfter, lease);
    }

    /** This policy with another give-up age. */
    public RetryPolicy withGiveUpAfter(Duration giveUpAfter) {
        return new RetryPolicy(initialDelay, maxDelay, jitter, giveUpAfter, lease);
    }

    /** This policy with another lease. */
    public RetryPolicy withLease(Duration lease) {
        return new RetryPolicy(initialDelay, maxDelay, jitter, giveUpAfter, lease);
    }

    /**
     * The wait after the given failed attempt (1 for the first).
     *
     * @param random a number from 0 (inclusive) to 1 (exclusive) that picks how much jitter to take off
     */
    public Duration delayAfter(int attempt, double random) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration doubled = initialDelay.multipliedBy(1L << doublings);
        Duration capped = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
        long nanos = capped.toNanos();
        return Duration.ofNanos(nanos - (long) (nanos * jitter * random));
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new ConfigurationException("retry " + name + " must be a positive duration, was " + value);
        }
    }
}
