// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link OutboxDispatcher} retries: exponential backoff from {@code initialDelay}, doubling
 * up to {@code maxDelay}, giving up after {@code maxAttempts}; a claimed message is leased for
 * {@code lease}, after which another dispatcher may take it (a node that died mid-delivery).
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration lease) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(lease, "lease");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }

    /** 1 s doubling to 1 h, 12 attempts (about four hours of trying), 5 min lease. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 12, Duration.ofMinutes(5));
    }

    /** The wait after the given failed attempt (1 for the first). */
    public Duration delayAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = initialDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
