// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void makesVersion7UuidsCarryingTheClocksMilliseconds() {
        Instant instant = Instant.parse("2026-11-25T10:00:00.123Z");
        UUID id = UUID.fromString(IdGenerator.timeOrdered(Clock.fixed(instant, ZoneOffset.UTC)).newId());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(instant.toEpochMilli());
    }

    @Test
    void increasesStrictlyEvenWithinOneMillisecond() {
        IdGenerator ids = IdGenerator.timeOrdered(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        String previous = ids.newId();
        for (int i = 0; i < 100_000; i++) {
            String next = ids.newId();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String earlier = IdGenerator.timeOrdered(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).newId();
        String later = IdGenerator.timeOrdered(Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC)).newId();

        assertThat(later).isGreaterThan(earlier);
    }
}
