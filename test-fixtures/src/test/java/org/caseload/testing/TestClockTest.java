// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockTest {

    @Test
    void standsStillUntilMoved() {
        TestClock clock = TestClock.at("2026-03-02T23:30:00Z");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-02T23:30:00Z"));
        assertThat(clock.instant()).isEqualTo(clock.instant());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void advancesAndCountsDaysInUtc() {
        TestClock clock = TestClock.at(Instant.parse("2026-03-02T23:30:00Z"));

        clock.advance(Duration.ofMinutes(45));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-03T00:15:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void isSetBackOnlyExplicitly() {
        TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
        clock.set(Instant.parse("2025-12-31T00:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-12-31T00:00:00Z"));
    }

    @Test
    void staysInUtc() {
        assertThatThrownBy(() -> TestClock.at("2026-03-02T10:00:00Z").withZone(ZoneId.of("America/Toronto")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("America/Toronto");
    }
}
