// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThat(defaults).isEqualTo(new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2,
                Duration.ofHours(4), Duration.ofMinutes(5)));
    }

    /** The schedule that RetryPolicy's documentation and docs/escalation.md give for the defaults without jitter. */
    @Test
    void withoutJitterTheDefaultsTry20TimesTheLastAt3h45m30sThenGiveUp() {
        TestClock clock = TestClock.at("2026-11-25T10:00:00Z");
        Instant start = clock.instant();
        InMemoryStorage storage = new InMemoryStorage();
        List<Duration> attempts = new ArrayList<>();
        OutboxDispatcher dispatcher = new OutboxDispatcher(storage, clock, Map.of("t", message -> {
            attempts.add(Duration.between(start, clock.instant()));
            throw new IllegalStateException("down");
        }), RetryPolicy.defaults().withJitter(0));
        storage.inTransaction(session -> {
            session.outbox().append(OutboxMessage.pending("m", "t", "r", "{}", start));
            return null;
        });

        while (message(storage).status() == Status.PENDING) {
            clock.set(message(storage).nextAttemptAt());
            dispatcher.dispatchOnce();
        }

        assertThat(attempts).hasSize(20);
        assertThat(attempts.subList(0, 8)).containsExactly(Duration.ZERO, Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(210), Duration.ofSeconds(450), Duration.ofSeconds(930),
                Duration.ofSeconds(1830), Duration.ofSeconds(2730));
        assertThat(attempts.get(19)).isEqualTo(Duration.parse("PT3H45M30S"));
        assertThat(message(storage).status()).isEqualTo(Status.DEAD);
    }

    @Test
    void jitterTakesUpToItsPartOffEachWaitAndNeverAddsToIt() {
        RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(40))
                .withJitter(0.5);

        assertThat(policy.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(1, 0.5)).isEqualTo(Duration.parse("PT7.5S"));
        assertThat(policy.delayAfter(3, 0.999_999)).isGreaterThan(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(9, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aHostsSettingsAreCheckedAndAWrongOneIsNamedWithItsValue() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThatThrownBy(() -> defaults.withJitter(1.5)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jitter must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> defaults.withJitter(Double.NaN)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> defaults.withGiveUpAfter(Duration.ZERO)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("giveUpAfter must be a positive duration, was PT0S");
        assertThatThrownBy(() -> defaults.withBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("maxDelay PT1M is shorter than initialDelay PT2M");
        assertThatThrownBy(() -> defaults.withLease(null)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lease must be a positive duration, was null");
    }

    private static OutboxMessage message(InMemoryStorage storage) {
        return storage.inTransaction(session -> session.outbox().findById("m")).orElseThrow();
    }
}
