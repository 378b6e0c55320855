// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.auditEntry;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.lastNameOf;
import static org.caseload.tck.TckFixtures.message;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withLastName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.tck.TckFixtures.IntendedFailure;
import org.junit.jupiter.api.Test;

/**
 * The thread-safety part of the {@link Storage} contract: units of work running at once lose
 * nothing, optimistic locking lets exactly one of two racing updates win, a message is claimed by
 * one dispatcher only, and no unit sees another's uncommitted writes.
 */
public interface ConcurrencyContract {

    /** How many threads each test runs at once. */
    int THREADS = 8;

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void concurrentUnitsLoseNoInsert() throws Exception {
        Storage storage = storage();
        int unitsPerThread = 50;
        String org = unique("org");
        String sharedKey = unique("key");
        String userId = unique("user");
        Queue<String> insertedIds = new ConcurrentLinkedQueue<>();

        inParallel(thread -> {
            for (int i = 0; i < unitsPerThread; i++) {
                ClientRecord client = client(org, sharedKey);
                AuditEntry entry = auditEntry(org, userId, client.id(), at(i));
                inUnit(storage, session -> {
                    session.clients().insert(client);
                    session.audit().append(entry);
                });
                insertedIds.add(client.id());
            }
        });

        int total = THREADS * unitsPerThread;
        List<ClientRecord> found = storage.inTransaction(session ->
                session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(sharedKey), Set.of(org), total + 1)));
        List<AuditEntry> audited = storage.inTransaction(session ->
                session.audit().find(new AuditQuery(org, userId, null, null, null, total + 1)));
        assertThat(found).extracting(ClientRecord::id).containsExactlyInAnyOrderElementsOf(insertedIds);
        assertThat(audited).extracting(AuditEntry::recordId).containsExactlyInAnyOrderElementsOf(insertedIds);
    }

    @Test
    default void concurrentUpdatesWithOptimisticRetriesLoseNoUpdate() throws Exception {
        Storage storage = storage();
        int updatesPerThread = 25;
        ClientRecord counter = withLastName(client(unique("org")), "0");
        inUnit(storage, session -> session.clients().insert(counter));

        inParallel(thread -> {
            int done = 0;
            while (done < updatesPerThread) {
                try {
                    inUnit(storage, session -> incrementLastName(session, counter.id()));
                    done++;
                } catch (ConcurrentModificationException conflict) {
                    // Another thread updated it first: read it again and retry.
                }
            }
        });

        int total = THREADS * updatesPerThread;
        ClientRecord stored = storage.inTransaction(session -> session.clients().findById(counter.id()))
                .orElseThrow();
        assertThat(lastNameOf(stored)).isEqualTo(String.valueOf(total));
        assertThat(stored.version()).isEqualTo(1L + total);
    }

    @Test
    default void ofTwoUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Storage storage = storage();
        ClientRecord client = client(unique("org"));
        inUnit(storage, session -> session.clients().insert(client));
        Queue<String> winners = new ConcurrentLinkedQueue<>();
        AtomicInteger losers = new AtomicInteger();

        inParallel(thread -> {
            try {
                inUnit(storage, session -> session.clients().update(withLastName(client, "writer-" + thread)));
                winners.add("writer-" + thread);
            } catch (ConcurrentModificationException expected) {
                losers.incrementAndGet();
            }
        });

        assertThat(winners).hasSize(1);
        assertThat(losers).hasValue(THREADS - 1);
        ClientRecord stored = storage.inTransaction(session -> session.clients().findById(client.id()))
                .orElseThrow();
        assertThat(lastNameOf(stored)).isEqualTo(winners.peek());
        assertThat(stored.version()).isEqualTo(2L);
    }

    @Test
    default void concurrentClaimsTakeEachMessageOnce() throws Exception {
        Storage storage = storage();
        String topic = unique("topic");
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(message(topic, at(i)));
        }
        inUnit(storage, session -> messages.forEach(session.outbox()::append));
        Queue<String> claimedIds = new ConcurrentLinkedQueue<>();

        inParallel(thread -> {
            List<OutboxMessage> batch;
            do {
                batch = storage.inTransaction(session ->
                        session.outbox().claimDue(Set.of(topic), at(1_000), at(2_000), 3));
                batch.forEach(claimed -> claimedIds.add(claimed.id()));
            } while (!batch.isEmpty());
        });

        assertThat(claimedIds)
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::id).toList());
    }

    @Test
    default void aUnitDoesNotSeeTheUncommittedWritesOfAnother() throws Exception {
        Storage storage = storage();
        ClientRecord client = client(unique("org"));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = executor.submit(() -> inUnit(storage, session -> {
                session.clients().insert(client);
                written.countDown();
                awaitAtMost(read, 200);
                throw new IntendedFailure();
            }));
            assertThat(written.await(10, SECONDS)).isTrue();

            Optional<ClientRecord> seen = storage.inTransaction(session -> session.clients().findById(client.id()));
            read.countDown();

            assertThat(seen).isEmpty();
            assertThatThrownBy(() -> writer.get(10, SECONDS)).hasCauseInstanceOf(IntendedFailure.class);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ClientRecord incrementLastName(StorageSession session, String clientId) {
        ClientRecord current = session.clients().findById(clientId).orElseThrow();
        int next = Integer.parseInt(lastNameOf(current)) + 1;
        return session.clients().update(withLastName(current, String.valueOf(next)));
    }

    /**
     * Runs {@code task} on {@link #THREADS} threads released together, passing each its number,
     * and rethrows the first failure.
     */
    private static void inParallel(IntConsumer task) throws InterruptedException, ExecutionException {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread;
                running.add(executor.submit(() -> {
                    start.await();
                    task.accept(number);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get(60, SECONDS);
            }
        } catch (TimeoutException e) {
            throw new AssertionError("concurrent units of work did not finish within 60 seconds", e);
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Waits for {@code latch} but no longer than {@code millis}: a storage that serializes units
     * makes the other side wait for this one, so the wait must end on its own.
     */
    private static void awaitAtMost(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
