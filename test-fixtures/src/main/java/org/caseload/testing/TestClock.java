// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that stands still until the test moves it: forward with {@link #advance}, or to any
 * instant with {@link #set}. Give it to {@code Caseload.builder().clock(...)} to control "now" for
 * service levels, consent end dates, retries and audit times. Thread-safe.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    private TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** A clock standing at this instant. */
    public static TestClock at(Instant start) {
        return new TestClock(start);
    }

    /** A clock standing at this instant, written as {@link Instant#parse} reads it ({@code 2026-03-02T15:00:00Z}). */
    public static TestClock at(String start) {
        return new TestClock(Instant.parse(start));
    }

    /** Moves the clock forward; a negative duration is refused (use {@link #set} to go back). */
    public TestClock advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a test clock advances by a duration of zero or more, not " + duration);
        }
        now = now.plus(duration);
        return this;
    }

    /** Puts the clock at this instant, earlier or later than now. */
    public TestClock set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /** Today's date in UTC, the clock's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The instant the clock stands at. */
    @Override
    public Instant instant() {
        return now;
    }

    /** UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Refused: the test clock stays in UTC, as Caseload's stored instants are. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC; asked for " + zone);
    }
}
