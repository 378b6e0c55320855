// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.leased;
import static org.caseload.tck.TckFixtures.message;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.messaging.OutboxStore}: messages are claimed under a lease
 * so that several dispatchers share the work, and come back after a failure until they are
 * delivered or dead.
 */
public interface OutboxStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void appendedMessagesAreFoundWithEveryFieldAsWritten() {
        Storage storage = storage();
        OutboxMessage pending = message(unique("topic"), at(1));
        OutboxMessage dead = new OutboxMessage(unique("message"), unique("topic"), unique("aggregate"), "{}",
                at(2), 5, at(3), Status.DEAD, "HTTP 503 from the support desk");

        inUnit(storage, session -> {
            session.outbox().append(pending);
            session.outbox().append(dead);
        });

        assertThat(findById(storage, pending.id())).contains(pending);
        assertThat(findById(storage, dead.id())).contains(dead);
    }

    @Test
    default void findByIdOfAnUnknownMessageIsEmpty() {
        assertThat(findById(storage(), unique("message"))).isEmpty();
    }

    @Test
    default void appendOfAnExistingIdFailsAndKeepsTheStoredMessage() {
        Storage storage = storage();
        OutboxMessage message = message(unique("topic"), at(1));
        inUnit(storage, session -> session.outbox().append(message));
        OutboxMessage sameId = OutboxMessage.pending(message.id(), unique("topic"), unique("aggregate"), "{}", at(2));

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.outbox().append(sameId);
            return null;
        })).isInstanceOf(StorageException.class);

        assertThat(findById(storage, message.id())).contains(message);
    }

    @Test
    default void claimDueLeasesTheOldestDueMessagesUpToTheLimit() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage third = message(topic, at(3));
        OutboxMessage first = message(topic, at(1));
        OutboxMessage second = message(topic, at(2));
        inUnit(storage, session -> List.of(third, first, second).forEach(session.outbox()::append));
        Instant leaseUntil = at(100);

        List<OutboxMessage> claimed = claimDue(storage, Set.of(topic), at(10), leaseUntil, 2);

        assertThat(claimed).containsExactly(leased(first, leaseUntil), leased(second, leaseUntil));
        assertThat(findById(storage, first.id())).contains(leased(first, leaseUntil));
        assertThat(findById(storage, second.id())).contains(leased(second, leaseUntil));
        assertThat(findById(storage, third.id())).contains(third);
    }

    @Test
    default void claimDueTakesOnlyPendingMessagesOfTheTopicsThatAreDue() {
        Storage storage = storage();
        String topic = unique("topic");
        String otherTopic = unique("topic");
        OutboxMessage dueNow = message(topic, at(10));
        OutboxMessage dueEarlierOtherTopic = message(unique("topic"), at(1));
        OutboxMessage notYetDue = message(topic, at(11));
        OutboxMessage delivered = withStatus(message(topic, at(2)), Status.DELIVERED);
        OutboxMessage dead = withStatus(message(topic, at(3)), Status.DEAD);
        OutboxMessage secondTopic = message(otherTopic, at(4));
        inUnit(storage, session -> List.of(dueNow, dueEarlierOtherTopic, notYetDue, delivered, dead, secondTopic)
                .forEach(session.outbox()::append));

        List<OutboxMessage> claimed = claimDue(storage, Set.of(topic, otherTopic), at(10), at(100), 10);

        assertThat(claimed).containsExactly(leased(secondTopic, at(100)), leased(dueNow, at(100)));
        for (OutboxMessage untouched : List.of(dueEarlierOtherTopic, notYetDue, delivered, dead)) {
            assertThat(findById(storage, untouched.id())).contains(untouched);
        }
    }

    @Test
    default void aClaimedMessageIsClaimedAgainOnlyWhenItsLeaseEnds() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage message = message(topic, at(1));
        inUnit(storage, session -> session.outbox().append(message));
        OutboxMessage firstClaim = leased(message, at(60));

        assertThat(claimDue(storage, Set.of(topic), at(1), at(60), 10)).containsExactly(firstClaim);
        assertThat(claimDue(storage, Set.of(topic), at(1), at(60), 10)).isEmpty();
        assertThat(claimDue(storage, Set.of(topic), at(59), at(120), 10)).isEmpty();
        assertThat(claimDue(storage, Set.of(topic), at(60), at(120), 10))
                .containsExactly(leased(firstClaim, at(120)));
        assertThat(findById(storage, message.id())).get().extracting(OutboxMessage::attempts).isEqualTo(2);
    }

    @Test
    default void aDeliveredMessageIsNeverClaimedAgain() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage message = message(topic, at(1));
        inUnit(storage, session -> session.outbox().append(message));
        OutboxMessage claimed = claimDue(storage, Set.of(topic), at(1), at(60), 10).get(0);

        inUnit(storage, session -> session.outbox().markDelivered(message.id()));

        assertThat(findById(storage, message.id())).get()
                .extracting(OutboxMessage::status, OutboxMessage::attempts)
                .containsExactly(Status.DELIVERED, claimed.attempts());
        assertThat(claimDue(storage, Set.of(topic), at(1_000_000), at(2_000_000), 10)).isEmpty();
    }

    @Test
    default void aFailedMessageWithARetryTimeIsClaimableAgainFromThatTime() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage message = message(topic, at(1));
        inUnit(storage, session -> session.outbox().append(message));
        claimDue(storage, Set.of(topic), at(1), at(600), 10);

        inUnit(storage, session -> session.outbox().markFailed(message.id(), "HTTP 503", at(30)));

        OutboxMessage failed = new OutboxMessage(message.id(), topic, message.aggregateId(), message.payload(),
                message.createdAt(), 1, at(30), Status.PENDING, "HTTP 503");
        assertThat(findById(storage, message.id())).contains(failed);
        assertThat(claimDue(storage, Set.of(topic), at(29), at(90), 10)).isEmpty();
        assertThat(claimDue(storage, Set.of(topic), at(30), at(90), 10)).containsExactly(leased(failed, at(90)));
    }

    @Test
    default void aFailedMessageWithoutARetryTimeIsDeadAndNeverClaimedAgain() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage message = message(topic, at(1));
        inUnit(storage, session -> session.outbox().append(message));
        claimDue(storage, Set.of(topic), at(1), at(60), 10);

        inUnit(storage, session -> session.outbox().markFailed(message.id(), "rejected: unknown ticket", null));

        assertThat(findById(storage, message.id())).get()
                .extracting(OutboxMessage::status, OutboxMessage::lastError, OutboxMessage::attempts)
                .containsExactly(Status.DEAD, "rejected: unknown ticket", 1);
        assertThat(claimDue(storage, Set.of(topic), at(1_000_000), at(2_000_000), 10)).isEmpty();
    }

    @Test
    default void markingAnUnknownMessageIsIgnored() {
        Storage storage = storage();
        String unknownId = unique("message");

        inUnit(storage, session -> {
            session.outbox().markDelivered(unknownId);
            session.outbox().markFailed(unknownId, "HTTP 503", at(30));
            session.outbox().markFailed(unknownId, "rejected", null);
        });

        assertThat(findById(storage, unknownId)).isEmpty();
    }

    private static Optional<OutboxMessage> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.outbox().findById(id));
    }

    private static List<OutboxMessage> claimDue(Storage storage, Set<String> topics, Instant now, Instant leaseUntil,
                                                int limit) {
        return storage.inTransaction(session -> session.outbox().claimDue(topics, now, leaseUntil, limit));
    }
}
