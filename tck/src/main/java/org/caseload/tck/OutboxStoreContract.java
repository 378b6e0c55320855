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
import org.caseload.spi.storage.messaging.OutboxCounts;
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

    @Test
    default void aRecordsMessagesAreClaimedOneAtATimeInOrderAcrossClaims() {
        Storage storage = storage();
        String topic = unique("topic");
        String record = unique("aggregate");
        OutboxMessage first = message(topic, record, at(1));
        OutboxMessage second = message(topic, record, at(2));
        OutboxMessage other = message(topic, unique("aggregate"), at(3));
        inUnit(storage, session -> List.of(first, second, other).forEach(session.outbox()::append));

        assertThat(claimDue(storage, Set.of(topic), at(10), at(100), 10))
                .containsExactly(leased(first, at(100)), leased(other, at(100)));
        assertThat(claimDue(storage, Set.of(topic), at(10), at(100), 10))
                .as("another node's claim while the first message is leased").isEmpty();
        assertThat(claimDue(storage, Set.of(topic), at(100), at(200), 10))
                .as("the lease ended: the first message again, still not the second")
                .containsExactly(leased(leased(first, at(100)), at(200)), leased(leased(other, at(100)), at(200)));

        inUnit(storage, session -> session.outbox().markDelivered(first.id()));

        assertThat(claimDue(storage, Set.of(topic), at(100), at(300), 10)).containsExactly(leased(second, at(300)));
    }

    @Test
    default void anEarlierMessageOfATopicOutsideTheClaimHoldsNothingBack() {
        Storage storage = storage();
        String topic = unique("topic");
        String record = unique("aggregate");
        OutboxMessage elsewhere = message(unique("topic"), record, at(1));
        OutboxMessage mine = message(topic, record, at(2));
        inUnit(storage, session -> List.of(elsewhere, mine).forEach(session.outbox()::append));

        assertThat(claimDue(storage, Set.of(topic), at(10), at(100), 10)).containsExactly(leased(mine, at(100)));
    }

    @Test
    default void aDeadMessageHoldsItsRecordBackUntilRequeuedAndIsListedUntilThen() {
        Storage storage = storage();
        String topic = unique("topic");
        String record = unique("aggregate");
        OutboxMessage first = message(topic, record, at(1));
        OutboxMessage second = message(topic, record, at(2));
        inUnit(storage, session -> List.of(first, second).forEach(session.outbox()::append));
        claimDue(storage, Set.of(topic), at(10), at(100), 10);
        inUnit(storage, session -> session.outbox().markFailed(first.id(), "refused: UNKNOWN_TICKET", null));
        OutboxMessage dead = findById(storage, first.id()).orElseThrow();

        assertThat(claimDue(storage, Set.of(topic), at(1_000), at(2_000), 10)).isEmpty();
        assertThat(findDead(storage, topic))
                .containsExactly(dead);

        assertThat(requeue(storage, first.id(), at(500))).isTrue();

        OutboxMessage requeued = new OutboxMessage(first.id(), topic, record, first.payload(), first.createdAt(), 0,
                at(500), Status.PENDING, "refused: UNKNOWN_TICKET", at(500));
        assertThat(findById(storage, first.id())).contains(requeued);
        assertThat(findDead(storage, topic)).isEmpty();
        assertThat(requeue(storage, first.id(), at(600)))
                .as("no longer dead").isFalse();
        assertThat(claimDue(storage, Set.of(topic), at(500), at(900), 10)).containsExactly(leased(requeued, at(900)));
    }

    @Test
    default void aDiscardedMessageIsKeptButHoldsNothingBack() {
        Storage storage = storage();
        String topic = unique("topic");
        String record = unique("aggregate");
        OutboxMessage first = withStatus(message(topic, record, at(1)), Status.DEAD);
        OutboxMessage second = message(topic, record, at(2));
        OutboxMessage pending = message(topic, unique("aggregate"), at(3));
        inUnit(storage, session -> List.of(first, second, pending).forEach(session.outbox()::append));

        assertThat(discard(storage, pending.id())).isFalse();
        assertThat(discard(storage, first.id())).isTrue();

        assertThat(findById(storage, first.id())).contains(withStatus(first, Status.DISCARDED));
        assertThat(findById(storage, pending.id())).contains(pending);
        assertThat(claimDue(storage, Set.of(topic), at(10), at(100), 10))
                .containsExactly(leased(second, at(100)), leased(pending, at(100)));
    }

    @Test
    default void countsTellPendingRetryingDeadHeldAndTheOldestUndelivered() {
        Storage storage = storage();
        String topic = unique("topic");
        String stuck = unique("aggregate");
        inUnit(storage, session -> {
            session.outbox().append(withStatus(message(topic, unique("aggregate"), at(1)), Status.DELIVERED));
            session.outbox().append(withStatus(message(topic, stuck, at(2)), Status.DEAD));
            session.outbox().append(message(topic, stuck, at(3)));
            session.outbox().append(new OutboxMessage(unique("message"), topic, unique("aggregate"), "{}", at(4), 2,
                    at(50), Status.PENDING, "HTTP 503"));
            session.outbox().append(message(topic, unique("aggregate"), at(5)));
            session.outbox().append(withStatus(message(topic, unique("aggregate"), at(0)), Status.DISCARDED));
            session.outbox().append(message(unique("topic"), stuck, at(0)));
        });

        assertThat(count(storage, Set.of(topic)))
                .isEqualTo(new OutboxCounts(2, 1, 1, 1, at(2)));
        assertThat(count(storage, Set.of(unique("topic"))))
                .isEqualTo(new OutboxCounts(0, 0, 0, 0, null));
    }

    @Test
    default void deleteDeliveredForgetsOnlyDeliveredMessagesOfTheTopicsCreatedBeforeTheCutOffUpToTheLimit() {
        Storage storage = storage();
        String topic = unique("topic");
        OutboxMessage oldest = withStatus(message(topic, at(1)), Status.DELIVERED);
        OutboxMessage old = withStatus(message(topic, at(2)), Status.DELIVERED);
        OutboxMessage older = withStatus(message(topic, at(3)), Status.DELIVERED);
        OutboxMessage recent = withStatus(message(topic, at(10)), Status.DELIVERED);
        OutboxMessage dead = withStatus(message(topic, at(1)), Status.DEAD);
        OutboxMessage pending = message(topic, at(1));
        OutboxMessage otherTopic = withStatus(message(unique("topic"), at(1)), Status.DELIVERED);
        List<OutboxMessage> all = List.of(oldest, old, older, recent, dead, pending, otherTopic);
        inUnit(storage, session -> all.forEach(session.outbox()::append));

        assertThat(deleteDelivered(storage, topic, 2))
                .isEqualTo(2);
        assertThat(deleteDelivered(storage, topic, 10))
                .isEqualTo(1);

        for (OutboxMessage gone : List.of(oldest, old, older)) {
            assertThat(findById(storage, gone.id())).isEmpty();
        }
        for (OutboxMessage kept : List.of(recent, dead, pending, otherTopic)) {
            assertThat(findById(storage, kept.id())).contains(kept);
        }
    }

    private static List<OutboxMessage> findDead(Storage storage, String topic) {
        return storage.inTransaction(session -> session.outbox().findDead(Set.of(topic), 10));
    }

    private static boolean requeue(Storage storage, String id, Instant now) {
        return storage.inTransaction(session -> session.outbox().requeue(id, now));
    }

    private static boolean discard(Storage storage, String id) {
        return storage.inTransaction(session -> session.outbox().discard(id));
    }

    private static OutboxCounts count(Storage storage, Set<String> topics) {
        return storage.inTransaction(session -> session.outbox().count(topics));
    }

    /** Deletes the delivered messages of {@code topic} created before {@code at(10)}. */
    private static int deleteDelivered(Storage storage, String topic, int limit) {
        return storage.inTransaction(session -> session.outbox().deleteDelivered(Set.of(topic), at(10), limit));
    }

    private static Optional<OutboxMessage> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.outbox().findById(id));
    }

    private static List<OutboxMessage> claimDue(Storage storage, Set<String> topics, Instant now, Instant leaseUntil,
                                                int limit) {
        return storage.inTransaction(session -> session.outbox().claimDue(topics, now, leaseUntil, limit));
    }
}
