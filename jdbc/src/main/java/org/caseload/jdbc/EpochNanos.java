// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.time.Instant;

/**
 * Instants as the schema keeps them: nanoseconds since the epoch in a BIGINT, exact on every
 * database (PostgreSQL timestamps hold only microseconds).
 */
final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /**
     * The nanoseconds since the epoch of an instant.
     *
     * @throws IllegalArgumentException for an instant before 1677-09-21 or after 2262-04-11, which
     *                                  a BIGINT of nanoseconds cannot hold
     */
    static long of(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("instant " + instant
                    + " is outside the range the JDBC storage keeps (1677-09-21 to 2262-04-11)", e);
        }
    }

    /** The instant of a number of nanoseconds since the epoch. */
    static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND),
                Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }
}
