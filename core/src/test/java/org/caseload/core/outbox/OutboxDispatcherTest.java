// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.spi.error.HostPartException;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

    private static final String TOPIC = "test.topic";
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), 0,
            Duration.ofSeconds(20), Duration.ofMinutes(5));

    private final TestClock clock = TestClock.at("2026-11-25T10:00:00Z");
    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<String> delivered = new ArrayList<>();
    private boolean failing;
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
        if (failing) {
            throw new IllegalStateException("channel down");
        }
        delivered.add(message.id());
    }), RETRY);

    @Test
    void deliversDueMessagesOnceEach() {
        append("m-1", "ticket-1");
        append("m-2", "ticket-2");

        assertThat(dispatcher.dispatchAll()).isEqualTo(2);
        assertThat(dispatcher.dispatchAll()).isZero();

        assertThat(delivered).containsExactly("m-1", "m-2");
        assertThat(message("m-1").status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void ignoresTopicsItHasNoHandlerFor() {
        storage.inTransaction(session -> {
            session.outbox().append(OutboxMessage.pending("other", "other.topic", "x", "{}", clock.instant()));
            return null;
        });

        assertThat(dispatcher.dispatchAll()).isZero();
        assertThat(message("other").attempts()).isZero();
    }

    @Test
    void aHostPartsFailureIsRecordedByItsCodeAndTheClassOfItsCause() {
        OutboxDispatcher throughAFailingChannel = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
            throw new HostPartException(HostPartException.Part.SUPPORT_CHANNEL, "SupportChannel.send failed",
                    new UncheckedIOException(new IOException("peer reset")));
        }), RETRY);
        append("m-1", "ticket-1");

        throughAFailingChannel.dispatchOnce();

        assertThat(message("m-1").lastError()).isEqualTo("SUPPORT_CHANNEL_FAILED UncheckedIOException");
    }

    @Test
    void retriesAFailedMessageAfterABackoffThatDoubles() {
        append("m-1", "ticket-1");
        failing = true;

        dispatcher.dispatchOnce();
        assertThat(message("m-1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));
        assertThat(message("m-1").lastError()).isEqualTo("IllegalStateException");

        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchOnce();
        assertThat(message("m-1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));

        failing = false;
        assertThat(dispatcher.dispatchOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(message("m-1").attempts()).isEqualTo(3);
    }

    @Test
    void givesUpWhenTheNextAttemptWouldStartPastTheGiveUpAge() {
        append("m-1", "ticket-1");
        failing = true;

        // Attempts at 0, 1, 3, 7 and 15 s; the next would start at 23 s, past the 20 s give-up age.
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(message("m-1").status()).isEqualTo(Status.PENDING);
            clock.set(message("m-1").nextAttemptAt());
            dispatcher.dispatchOnce();
        }

        assertThat(message("m-1").status()).isEqualTo(Status.DEAD);
        assertThat(message("m-1").attempts()).isEqualTo(5);
        assertThat(message("m-1").lastError()).isEqualTo("gave up after 5 attempts over PT15S, last: IllegalStateException");
        failing = false;
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchAll()).isZero();
    }

    @Test
    void laterMessagesAboutTheSameRecordWaitForAFailedEarlierOne() {
        append("m-1", "ticket-1");
        clock.advance(Duration.ofMillis(1));
        append("m-2", "ticket-1");
        append("m-3", "ticket-2");
        List<String> attempted = new ArrayList<>();
        OutboxDispatcher failingFirst = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
            attempted.add(message.id());
            if (message.id().equals("m-1")) {
                throw new IllegalStateException("rejected");
            }
        }), RETRY);

        failingFirst.dispatchOnce();

        assertThat(attempted).containsExactly("m-1", "m-3");
        assertThat(message("m-2").status()).isEqualTo(Status.PENDING);
        assertThat(message("m-3").status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void aLaterMessageAboutARecordWaitsForAnEarlierOneThatFailedInAnEarlierBatch() {
        append("m-1", "ticket-1");
        List<String> attempted = new ArrayList<>();
        OutboxDispatcher failingFirst = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
            attempted.add(message.id());
            if (message.id().equals("m-1")) {
                throw new IllegalStateException("timeout");
            }
        }), RETRY);
        failingFirst.dispatchOnce();
        clock.advance(Duration.ofMillis(1));
        append("m-2", "ticket-1");

        assertThat(failingFirst.dispatchAll()).as("m-1 is not due again yet, and m-2 waits for it").isZero();

        assertThat(attempted).containsExactly("m-1");
        assertThat(message("m-2").attempts()).isZero();
    }

    @Test
    void theBackoffIsCappedAtTheMaximumDelay() {
        assertThat(RETRY.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RETRY.delayAfter(4, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(RETRY.delayAfter(40, 0)).isEqualTo(Duration.ofSeconds(8));
    }

    private void append(String id, String aggregateId) {
        storage.inTransaction(session -> {
            session.outbox().append(OutboxMessage.pending(id, TOPIC, aggregateId, "{}", clock.instant()));
            return null;
        });
    }

    private OutboxMessage message(String id) {
        return storage.inTransaction(session -> session.outbox().findById(id)).orElseThrow();
    }
}
