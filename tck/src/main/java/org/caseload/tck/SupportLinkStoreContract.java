// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord.State;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.messaging.ReceivedMessageStore} and
 * {@link org.caseload.spi.storage.messaging.SupportSequenceStore}: each message id recorded once, buffered
 * messages kept with their payload in sequence order, and per-stream numbers that roll back with
 * their unit of work.
 */
public interface SupportLinkStoreContract {

    /** The storage under test: a new empty storage per call, or one cleaned between tests. */
    Storage storage();

    private static Optional<ReceivedMessageRecord> find(Storage storage, String messageId) {
        return storage.inTransaction(session -> session.receivedMessages().find(messageId));
    }

    private static List<ReceivedMessageRecord> buffered(Storage storage, String streamId) {
        return storage.inTransaction(session -> session.receivedMessages().buffered(streamId));
    }

    private static long applied(Storage storage, String streamId) {
        return storage.inTransaction(session -> session.supportSequences().applied(streamId));
    }

    private static long next(Storage storage, String streamId) {
        return storage.inTransaction(session -> session.supportSequences().next(streamId));
    }

    @Test
    default void aReceivedMessageIdIsRecordedOnce() {
        Storage storage = storage();
        ReceivedMessageRecord applied = new ReceivedMessageRecord(unique("m"), unique("ticket"), 0, State.APPLIED,
                null, at(0));
        inUnit(storage, session -> session.receivedMessages().add(applied));

        assertThat(find(storage, applied.messageId()))
                .contains(applied);
        assertThatThrownBy(() -> inUnit(storage, session -> session.receivedMessages().add(applied)))
                .isInstanceOf(StorageException.class);
        assertThat(find(storage, unique("m"))).isEmpty();
    }

    @Test
    default void bufferedMessagesComeBackBySequenceUntilApplied() {
        Storage storage = storage();
        String stream = unique("ticket");
        ReceivedMessageRecord third = new ReceivedMessageRecord(unique("m"), stream, 3, State.BUFFERED,
                "{\"n\":3}", at(1));
        ReceivedMessageRecord second = new ReceivedMessageRecord(unique("m"), stream, 2, State.BUFFERED,
                "{\"n\":2}", at(2));
        ReceivedMessageRecord elsewhere = new ReceivedMessageRecord(unique("m"), unique("ticket"), 2, State.BUFFERED,
                "{}", at(0));
        inUnit(storage, session -> {
            session.receivedMessages().add(third);
            session.receivedMessages().add(elsewhere);
            session.receivedMessages().add(second);
        });
        assertThat(buffered(storage, stream))
                .containsExactly(second, third);

        inUnit(storage, session -> session.receivedMessages().markApplied(second.messageId()));

        assertThat(buffered(storage, stream))
                .containsExactly(third);
        assertThat(find(storage, second.messageId()))
                .contains(new ReceivedMessageRecord(second.messageId(), stream, 2, State.APPLIED, null, at(2)));
    }

    @Test
    default void sequenceNumbersCountPerStreamAndRollBack() {
        Storage storage = storage();
        String stream = unique("desk");
        String other = unique("desk");

        assertThat(next(storage, stream)).isEqualTo(1);
        assertThat(next(storage, stream)).isEqualTo(2);
        assertThat(next(storage, other)).isEqualTo(1);
        inRolledBackUnit(storage, session -> session.supportSequences().next(stream));
        assertThat(next(storage, stream)).isEqualTo(3);
    }

    @Test
    default void theLastAppliedNumberMovesOneAtATime() {
        Storage storage = storage();
        String stream = unique("ticket");
        assertThat(applied(storage, stream)).isZero();

        inUnit(storage, session -> session.supportSequences().markApplied(stream, 1));
        inUnit(storage, session -> session.supportSequences().markApplied(stream, 2));
        inRolledBackUnit(storage, session -> session.supportSequences().markApplied(stream, 3));

        assertThat(applied(storage, stream)).isEqualTo(2);
        assertThatThrownBy(() -> inUnit(storage, session -> session.supportSequences().markApplied(stream, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(next(storage, stream)).isEqualTo(1);
    }

    @Test
    default void deleteAppliedForgetsOnlyAppliedMessagesReceivedBeforeTheCutOffUpToTheLimit() {
        Storage storage = storage();
        String stream = unique("ticket");
        ReceivedMessageRecord oldest = new ReceivedMessageRecord(unique("m"), stream, 1, State.APPLIED, null, at(1));
        ReceivedMessageRecord old = new ReceivedMessageRecord(unique("m"), stream, 2, State.APPLIED, null, at(2));
        ReceivedMessageRecord recent = new ReceivedMessageRecord(unique("m"), stream, 3, State.APPLIED, null, at(10));
        ReceivedMessageRecord waiting = new ReceivedMessageRecord(unique("m"), stream, 5, State.BUFFERED, "{}", at(1));
        inUnit(storage, session -> List.of(oldest, old, recent, waiting).forEach(session.receivedMessages()::add));

        int forgotten = deleteApplied(storage, 1) + deleteApplied(storage, 10_000);

        assertThat(forgotten).isGreaterThanOrEqualTo(2);
        assertThat(find(storage, oldest.messageId())).isEmpty();
        assertThat(find(storage, old.messageId())).isEmpty();
        assertThat(find(storage, recent.messageId())).contains(recent);
        assertThat(find(storage, waiting.messageId())).contains(waiting);
    }

    /**
     * Two nodes receiving messages of one stream at once take turns: a unit that reads the applied
     * number while another unit has read it and is applying the next one sees what that unit
     * applied, not the number from before it. Without that, the second keeps its message waiting
     * for one the first has just applied, and the stream stalls for good.
     */
    @Test
    default void aUnitReadingTheAppliedNumberWhileAnotherAppliesTheNextReadsWhatThatOneApplied() throws Exception {
        Storage storage = storage();
        String stream = unique("ticket");
        inUnit(storage, session -> session.supportSequences().markApplied(stream, 1));
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> inUnit(storage, session -> {
                assertThat(session.supportSequences().applied(stream)).isEqualTo(1);
                firstRead.countDown();
                awaitQuietly(secondRead);
                session.supportSequences().markApplied(stream, 2);
            }));
            Future<Long> second = threads.submit(() -> {
                firstRead.await();
                return storage.inTransaction(session -> {
                    long applied = session.supportSequences().applied(stream);
                    secondRead.countDown();
                    return applied;
                });
            });

            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    private static int deleteApplied(Storage storage, int limit) {
        return storage.inTransaction(session -> session.receivedMessages().deleteApplied(at(10), limit));
    }

    /** Gives the other unit a moment to read; when the storage makes it wait, it does not read meanwhile. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
