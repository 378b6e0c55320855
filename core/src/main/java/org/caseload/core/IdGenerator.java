package org.caseload.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes the ids of new records. Must be thread-safe and never repeat an id, across every node of
 * a deployment. The default, {@link #timeOrdered(Clock)}, makes UUIDv7 strings, whose time prefix
 * keeps database indexes compact; tests may supply a deterministic generator.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, never returned before. */
    String newId();

    /** UUIDv7 (RFC 9562) ids: 48 bits of milliseconds from {@code clock}, 74 random bits. */
    static IdGenerator timeOrdered(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        SecureRandom random = new SecureRandom();
        return () -> {
            long millis = clock.millis();
            long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        };
    }
}
