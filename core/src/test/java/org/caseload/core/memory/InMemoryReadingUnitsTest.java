// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.auditEntry;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.message;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withLastName;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientLinkRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading units of the in-memory storage: side by side with one another, never with a writer. */
class InMemoryReadingUnitsTest {

    /** Two reading slots whatever the machine: the tests below need two readers side by side. */
    private final InMemoryStorage storage = new InMemoryStorage(2);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aReadingUnitCompletesWhileAnotherIsStillRunning() throws Exception {
        ClientRecord client = client(unique("org"));
        inUnit(storage, session -> session.clients().insert(client));
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> storage.inReadingTransaction(session -> {
            firstInside.countDown();
            await(releaseFirst);
            return session.clients().findById(client.id());
        }));
        await(firstInside);

        Future<Boolean> second = threads.submit(() -> storage.inReadingTransaction(session ->
                session.clients().findById(client.id()).isPresent()));

        // Under one exclusive lock the second unit would wait for the first, which waits for this line.
        assertThat(second.get(30, SECONDS)).isTrue();
        releaseFirst.countDown();
        first.get(30, SECONDS);
    }

    @Test
    void aWriterWaitsForTheReadersInsideButReadersThatComeAfterItWaitForIt() throws Exception {
        CountDownLatch readerInside = new CountDownLatch(1);
        CountDownLatch releaseReader = new CountDownLatch(1);
        Queue<String> order = new ConcurrentLinkedQueue<>();
        Future<?> reader = threads.submit(() -> storage.inReadingTransaction(session -> {
            readerInside.countDown();
            await(releaseReader);
            order.add("first reader");
            return null;
        }));
        await(readerInside);
        AtomicReference<Thread> writerThread = new AtomicReference<>();
        Future<?> writer = threads.submit(() -> {
            writerThread.set(Thread.currentThread());
            return storage.inTransaction(session -> order.add("writer"));
        });
        awaitParked(writer, writerThread);
        AtomicReference<Thread> laterThread = new AtomicReference<>();
        Future<?> laterReader = threads.submit(() -> {
            laterThread.set(Thread.currentThread());
            return storage.inReadingTransaction(session -> order.add("later reader"));
        });
        // A reader that barged ahead of the waiting writer would finish here, before it.
        awaitParked(laterReader, laterThread);

        releaseReader.countDown();
        reader.get(30, SECONDS);
        writer.get(30, SECONDS);
        laterReader.get(30, SECONDS);

        assertThat(order).containsExactly("first reader", "writer", "later reader");
    }

    @Test
    void readingUnitsBeyondTheSlotsWaitForOneToEndAndEnterInTheOrderTheyCame() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        Queue<String> order = new ConcurrentLinkedQueue<>();
        Future<?> first = threads.submit(() -> storage.inReadingTransaction(session -> {
            bothInside.countDown();
            await(releaseFirst);
            return order.add("first");
        }));
        Future<?> second = threads.submit(() -> storage.inReadingTransaction(session -> {
            bothInside.countDown();
            await(releaseSecond);
            return order.add("second");
        }));
        await(bothInside);
        AtomicReference<Thread> thirdThread = new AtomicReference<>();
        Future<?> third = threads.submit(() -> {
            thirdThread.set(Thread.currentThread());
            return storage.inReadingTransaction(session -> order.add("third"));
        });
        awaitParked(third, thirdThread);
        AtomicReference<Thread> fourthThread = new AtomicReference<>();
        Future<?> fourth = threads.submit(() -> {
            fourthThread.set(Thread.currentThread());
            return storage.inReadingTransaction(session -> order.add("fourth"));
        });
        awaitParked(fourth, fourthThread);

        releaseFirst.countDown();
        first.get(30, SECONDS);
        third.get(30, SECONDS);
        fourth.get(30, SECONDS);
        releaseSecond.countDown();
        second.get(30, SECONDS);

        // Two slots: the third waited for the first, and the fourth then took the third's slot.
        assertThat(order).containsExactly("first", "third", "fourth", "second");
    }

    @Test
    void aUnitStartedInsideAReadingUnitJoinsItWithoutWaitingForASecondSlot() throws Exception {
        InMemoryStorage oneSlot = new InMemoryStorage(1);

        Future<String> nested = threads.submit(() -> oneSlot.inReadingTransaction(outer ->
                oneSlot.inReadingTransaction(inner -> "read") + " and " + oneSlot.inTransaction(inner -> "joined")));

        assertThat(nested.get(30, SECONDS)).isEqualTo("read and joined");
    }

    @Test
    void writesToEveryKindOfCoreStoreAreRefusedInAReadingUnitAndChangeNothing() {
        String org = unique("org");
        ClientRecord client = storage.inTransaction(session -> session.clients().insert(client(org)));
        ClientRecord other = storage.inTransaction(session -> session.clients().insert(client(org)));
        String first = client.id().compareTo(other.id()) < 0 ? client.id() : other.id();
        String second = first.equals(client.id()) ? other.id() : client.id();
        ClientLinkRecord link = new ClientLinkRecord(unique("link"), org, first, second, "same person", "user", at(1));
        OutboxMessage pending = message("topic", at(1));
        inUnit(storage, session -> {
            session.clientLinks().insert(link);
            session.outbox().append(pending);
        });

        assertRefused(session -> session.clients().insert(client(org)));
        assertRefused(session -> session.clients().update(withLastName(client, "Changed")));
        assertRefused(session -> session.outbox().claimDue(Set.of("topic"), at(5), at(60), 10));
        assertRefused(session -> session.clientLinks().insert(new ClientLinkRecord(unique("link"), org, unique("a"),
                unique("b"), "another pair", "user", at(2))));
        assertRefused(session -> session.clientLinks().delete(link.id()));
        assertRefused(session -> session.outbox().append(message("topic", at(2))));
        assertRefused(session -> session.outbox().markDelivered(pending.id()));

        inUnit(storage, session -> {
            assertThat(session.clients().findById(client.id())).contains(client);
            assertThat(session.clientLinks().findByClient(client.id())).containsExactly(link);
            assertThat(session.outbox().findById(pending.id())).contains(pending);
        });
        assertThat(audit(org)).isEmpty();
    }

    @Test
    void aWriteRefusedInAReadingUnitNamesTheStoreAndTheWayOut() {
        assertThatThrownBy(() -> storage.inReadingTransaction(session -> session.clients().insert(client("org"))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("reading unit of work may not write to the ClientStore")
                .hasMessageContaining("Storage.inTransaction");
    }

    @Test
    void aUnitStartedInsideAReadingUnitJoinsItAndMayNotWriteEither() {
        ClientRecord client = client(unique("org"));

        assertThatThrownBy(() -> storage.inReadingTransaction(session ->
                storage.inTransaction(inner -> inner.clients().insert(client))))
                .isInstanceOf(StorageException.class);

        Optional<ClientRecord> stored = storage.inTransaction(session -> session.clients().findById(client.id()));
        assertThat(stored).isEmpty();
    }

    @Test
    void anAuditAppendOfAFailedReadingUnitIsUndoneWithoutTouchingThoseOfOthers() throws Exception {
        String org = unique("org");
        AuditEntry kept = auditEntry(org, "user", "client", at(1));
        CountDownLatch failedAppended = new CountDownLatch(1);
        CountDownLatch keptAppended = new CountDownLatch(1);
        Future<?> failing = threads.submit(() -> storage.inReadingTransaction(session -> {
            session.audit().append(auditEntry(org, "user", "client", at(2)));
            failedAppended.countDown();
            await(keptAppended);
            throw new IllegalStateException("a failure on purpose");
        }));
        await(failedAppended);

        storage.inReadingTransaction(session -> {
            session.audit().append(kept);
            return null;
        });
        keptAppended.countDown();

        assertThatThrownBy(() -> failing.get(30, SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(audit(org)).containsExactly(kept);
    }

    /**
     * The log indexes its ids by position: an append undone behind a later one moves the later one
     * up a place, and its id must still be found there.
     */
    @Test
    void afterAnAppendUndoneBehindAnotherBothIdsAreWhereTheLogHasThem() throws Exception {
        String org = unique("org");
        AuditEntry undone = auditEntry(org, "user", "client", at(2));
        AuditEntry kept = auditEntry(org, "user", "client", at(1));
        CountDownLatch undoneAppended = new CountDownLatch(1);
        CountDownLatch keptAppended = new CountDownLatch(1);
        Future<?> failing = threads.submit(() -> storage.inReadingTransaction(session -> {
            session.audit().append(undone);
            undoneAppended.countDown();
            await(keptAppended);
            throw new IllegalStateException("a failure on purpose");
        }));
        await(undoneAppended);
        storage.inReadingTransaction(session -> {
            session.audit().append(kept);
            return null;
        });
        keptAppended.countDown();
        assertThatThrownBy(() -> failing.get(30, SECONDS)).hasCauseInstanceOf(IllegalStateException.class);

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.audit().append(kept);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("already exists");
        storage.inTransaction(session -> {
            session.audit().append(undone);
            return null;
        });
        assertThat(audit(org)).containsExactly(kept, undone);
    }

    private void assertRefused(Consumer<StorageSession> write) {
        String org = unique("org");
        assertThatThrownBy(() -> storage.inReadingTransaction(session -> {
            session.audit().append(auditEntry(org, "user", "client", at(1)));
            write.accept(session);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("reading unit of work may not write");
        assertThat(audit(org)).as("the audit entry of the refused unit").isEmpty();
    }

    private List<AuditEntry> audit(String org) {
        return storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(org, 100)));
    }

    private static void await(CountDownLatch latch) {
        try {
            // Longer than the tests wait for a result, so that a unit kept waiting fails the test first.
            if (!latch.await(120, SECONDS)) {
                throw new AssertionError("waited 120 seconds for another unit of work");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the thread of {@code task} is parked on the storage's lock, or fails if the task ended. */
    private static void awaitParked(Future<?> task, AtomicReference<Thread> thread) throws Exception {
        for (int i = 0; i < 30_000; i++) {
            if (task.isDone()) {
                task.get();
                throw new AssertionError("the unit of work ran at once instead of waiting for the lock");
            }
            Thread running = thread.get();
            if (running != null && running.getState() == Thread.State.WAITING) {
                return;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the unit of work neither waited for the lock nor ran within 30 seconds");
    }
}
