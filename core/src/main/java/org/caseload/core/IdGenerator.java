// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the ids of new records. Must be thread-safe and never repeat an id, across every node of
 * a deployment. The default, {@link #timeOrdered(Clock)}, makes UUIDv7 strings, whose time prefix
 * keeps database indexes compact and sorts records made one after another in that order; tests may supply a deterministic generator.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, never returned before. */
    String newId();

    /**
     * UUIDv7 (RFC 9562) ids: 48 bits of milliseconds from {@code clock}, a 12-bit counter that keeps
     * the ids of one generator strictly increasing within a millisecond (and across a clock that
     * steps back), and 62 random bits that keep generators on different nodes apart.
     */
    static IdGenerator timeOrdered(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        SecureRandom random = new SecureRandom();
        AtomicLong lastTimeAndCounter = new AtomicLong();
        return () -> {
            long timeAndCounter = lastTimeAndCounter.updateAndGet(last -> Math.max(last + 1, clock.millis() << 12));
            long high = ((timeAndCounter >>> 12) << 16) | 0x7000L | (timeAndCounter & 0x0FFFL);
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        };
    }
}
