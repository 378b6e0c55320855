// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.Test;

/** Dead letters: a permanent refusal at once, the listener told, the record's later messages held and counted. */
class DeadLetterDispatchTest {

    private static final String TOPIC = "test.topic";

    private final TestClock clock = TestClock.at("2026-11-25T10:00:00Z");
    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<String> delivered = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private final List<DeadLetter> told = new ArrayList<>();
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
        if (refused.contains(message.id())) {
            // As the guarded channel passes it on: wrapped, with the refusal as its cause.
            throw new HostPartException(HostPartException.Part.SUPPORT_CHANNEL, "SupportChannel.send failed",
                    new PermanentDeliveryException("UNKNOWN_ORGANIZATION", "the desk knows no organization org-9"));
        }
        delivered.add(message.id());
    }), RetryPolicy.defaults(), told::add);

    @Test
    void aPermanentRefusalIsADeadLetterAtOnceWithItsReasonAndTheListenerIsTold() {
        append("m-1", "ticket-1");
        refused.add("m-1");

        dispatcher.dispatchOnce();

        OutboxMessage dead = message("m-1");
        assertThat(dead.status()).isEqualTo(Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).isEqualTo("refused: UNKNOWN_ORGANIZATION the desk knows no organization org-9");
        assertThat(told).containsExactly(DeadLetter.of(dead));
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchAll()).isZero();
    }

    @Test
    void aDeadLetterHoldsItsRecordsLaterMessagesVisiblyUntilItIsResent() {
        append("m-1", "ticket-1");
        clock.advance(Duration.ofSeconds(1));
        append("m-2", "ticket-1");
        append("m-3", "ticket-2");
        refused.add("m-1");

        dispatcher.dispatchAll();

        assertThat(delivered).containsExactly("m-3");
        assertThat(dispatcher.counts()).isEqualTo(new DeliveryCounts(1, 0, 1, 1, Duration.ofSeconds(1)));

        refused.clear();
        storage.inTransaction(session -> session.outbox().requeue("m-1", clock.instant()));
        dispatcher.dispatchAll();

        assertThat(delivered).containsExactly("m-3", "m-1", "m-2");
        assertThat(dispatcher.counts()).isEqualTo(new DeliveryCounts(0, 0, 0, 0, Duration.ZERO));
    }

    @Test
    void aDiscardedDeadLetterReleasesTheMessagesBehindIt() {
        append("m-1", "ticket-1");
        append("m-2", "ticket-1");
        refused.add("m-1");
        dispatcher.dispatchAll();

        storage.inTransaction(session -> session.outbox().discard("m-1"));
        dispatcher.dispatchAll();

        assertThat(delivered).containsExactly("m-2");
        assertThat(message("m-1").status()).isEqualTo(Status.DISCARDED);
    }

    @Test
    void aRefusalsTextFromTheOtherSideIsStrippedOfControlCharactersAndCutShort() {
        OutboxDispatcher hostile = new OutboxDispatcher(storage, clock, Map.of(TOPIC, message -> {
            throw new PermanentDeliveryException("BAD\nCODE", "line\r\nforged \u202Eevil " + "x".repeat(1_000));
        }), RetryPolicy.defaults());
        append("m-1", "ticket-1");

        hostile.dispatchOnce();

        String reason = message("m-1").lastError();
        assertThat(reason).startsWith("refused: BAD CODE line  forged  evil x").doesNotContain("\n", "\r", "\u202E");
        assertThat(reason).hasSizeLessThanOrEqualTo(301);
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
