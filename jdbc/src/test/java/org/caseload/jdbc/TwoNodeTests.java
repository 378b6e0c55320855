// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.message;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withLastName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.clients.Client;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ProbableDuplicateException;
import org.caseload.clients.RegisterClient;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.core.outbox.OutboxDispatcher;
import org.caseload.core.outbox.OutboxHandler;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one database: two {@link JdbcStorage} instances with connections of
 * their own, as two JVMs would have, working at the same time, directly and under two
 * {@link Caseload} runtimes.
 */
abstract class TwoNodeTests {

    /** A new node on this test's database: a storage with connections of its own. */
    abstract JdbcStorage startNode();

    @Test
    void ofTwoNodesUpdatingOneClientFromTheSameVersionExactlyOneWinsAndTheOtherIsTold() throws Exception {
        JdbcStorage first = startNode();
        JdbcStorage second = startNode();
        ClientRecord client = client(unique("org"), "key");
        inUnit(first, session -> session.clients().insert(client));

        for (int round = 1; round <= 20; round++) {
            ClientRecord readByFirst = read(first, client.id());
            ClientRecord readBySecond = read(second, client.id());
            assertThat(readByFirst.version()).isEqualTo(readBySecond.version()).isEqualTo(round);

            List<Callable<ClientRecord>> updates = List.of(
                    () -> first.inTransaction(session -> session.clients().update(withLastName(readByFirst, "first"))),
                    () -> second.inTransaction(session ->
                            session.clients().update(withLastName(readBySecond, "second"))));
            List<Object> outcomes = runTogether(updates);

            assertThat(outcomes).filteredOn(ClientRecord.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ConcurrentModificationException.class::isInstance).hasSize(1);
            ClientRecord winner = (ClientRecord) outcomes.stream().filter(ClientRecord.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(read(second, client.id())).isEqualTo(winner).extracting(ClientRecord::version)
                    .isEqualTo(round + 1L);
        }
    }

    @Test
    void twoNodesClaimingTogetherTakeEveryMessageOnceWithinItsLease() throws Exception {
        JdbcStorage first = startNode();
        JdbcStorage second = startNode();
        String topic = unique("topic");
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            messages.add(message(topic, at(i)));
        }
        inUnit(first, session -> messages.forEach(session.outbox()::append));
        Queue<String> claimed = new ConcurrentLinkedQueue<>();

        // Two claimers per node; the leases outlast the test, so no message may come back.
        List<Callable<Object>> claimers = new ArrayList<>();
        for (JdbcStorage node : List.of(first, second, first, second)) {
            claimers.add(() -> {
                List<OutboxMessage> batch;
                do {
                    batch = node.inTransaction(session ->
                            session.outbox().claimDue(Set.of(topic), at(1_000), at(1_000_000), 7));
                    batch.forEach(message -> claimed.add(message.id()));
                } while (!batch.isEmpty());
                return null;
            });
        }
        assertThat(runTogether(claimers)).containsOnlyNulls();

        assertThat(claimed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::id).toList());
    }

    @Test
    void twoDispatchingNodesDeliverEveryMessageAndRepeatOnlyWhatACrashLeftUnmarked() throws Exception {
        JdbcStorage first = startNode();
        JdbcStorage second = startNode();
        String topic = unique("topic");
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            messages.add(OutboxMessage.pending(unique("message"), topic, unique("aggregate"), "{}", at(i)));
        }
        inUnit(first, session -> messages.forEach(session.outbox()::append));
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        Set<String> leftUnmarked = ConcurrentHashMap.newKeySet();
        Duration lease = Duration.ofSeconds(2);

        List<Callable<Object>> dispatchers = new ArrayList<>();
        for (JdbcStorage node : List.of(first, second)) {
            dispatchers.add(() -> {
                Instant deadline = Instant.now().plusSeconds(30);
                int batches = 0;
                while (Instant.now().isBefore(deadline) && !allDelivered(node, messages)) {
                    Instant now = Instant.now();
                    List<OutboxMessage> batch = node.inTransaction(session ->
                            session.outbox().claimDue(Set.of(topic), now, now.plus(lease), 5));
                    batches++;
                    for (OutboxMessage message : batch) {
                        deliveries.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
                        // Every seventh batch "crashes" after delivering its first message, before
                        // marking it: only the lease's end brings that message back.
                        if (batches % 7 == 0 && message == batch.get(0) && leftUnmarked.add(message.id())) {
                            continue;
                        }
                        inUnit(node, session -> session.outbox().markDelivered(message.id()));
                    }
                }
                return null;
            });
        }
        assertThat(runTogether(dispatchers)).containsOnlyNulls();

        assertThat(allDelivered(first, messages)).isTrue();
        assertThat(deliveries.keySet())
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::id).toList());
        deliveries.forEach((id, count) -> assertThat(count.get())
                .as("deliveries of %s", id)
                .isEqualTo(1 + (leftUnmarked.contains(id) ? 1 : 0)));
    }

    @Test
    void twoRuntimesDispatchingAtOnceDeliverEveryMessageOnce() throws Exception {
        JdbcStorage first = startNode();
        JdbcStorage second = startNode();
        String topic = unique("topic");
        List<OutboxMessage> messages = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            messages.add(OutboxMessage.pending(unique("message"), topic, unique("aggregate"), "{}", now));
        }
        inUnit(first, session -> messages.forEach(session.outbox()::append));
        Queue<String> delivered = new ConcurrentLinkedQueue<>();
        OutboxHandler handler = message -> delivered.add(message.id());

        List<Callable<Object>> dispatchers = new ArrayList<>();
        for (JdbcStorage node : List.of(first, second)) {
            OutboxDispatcher dispatcher = new OutboxDispatcher(node, Clock.systemUTC(), Map.of(topic, handler),
                    RetryPolicy.defaults());
            dispatchers.add(dispatcher::dispatchAll);
        }
        assertThat(runTogether(dispatchers)).allMatch(Integer.class::isInstance);

        assertThat(delivered).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::id).toList());
        assertThat(allDelivered(second, messages)).isTrue();
    }

    /**
     * The same person taken in on two runtimes at the same moment: each intake check sees only
     * committed clients, so when the two registrations overlap both are created (the gap
     * docs/duplicates.md names), and otherwise the later one is refused as a probable duplicate of
     * the first. Either way nothing is lost and every created client is found by both runtimes, so
     * a duplicate can be reviewed and merged.
     */
    @Test
    void theSamePersonTakenInOnTwoRuntimesAtOnceIsCreatedOnceOrTwiceAndEachRuntimeFindsWhatWasCreated()
            throws Exception {
        String org = unique("org");
        TestIdentity caseworker = new TestIdentity().as(TestUsers.user("caseworker", org, Role.CASEWORKER));
        RegisterClient intake = RegisterClient.of("Ada", "Lovelace", LocalDate.of(1990, 12, 10));
        TestKeys keys = TestKeys.fixed();
        try (Caseload first = Caseload.builder().storage(startNode()).identity(caseworker).keyProvider(keys).build();
             Caseload second = Caseload.builder().storage(startNode()).identity(caseworker).keyProvider(keys).build()) {

            List<Object> registered = runTogether(List.of(
                    () -> first.clients().register(intake),
                    () -> second.clients().register(intake)));

            List<String> ids = registered.stream().filter(Client.class::isInstance)
                    .map(client -> ((Client) client).id()).toList();
            assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
            assertThat(registered).filteredOn(outcome -> !(outcome instanceof Client))
                    .allSatisfy(refused -> assertThat(refused).isInstanceOfSatisfying(ProbableDuplicateException.class,
                            exception -> assertThat(exception.matches()).extracting(ScoredPair::idB)
                                    .containsExactlyElementsOf(ids)));
            for (Caseload runtime : List.of(first, second)) {
                assertThat(runtime.clients().search(ClientSearch.byName("Ada Lovelace")))
                        .extracting(match -> match.client().id())
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
        }
    }

    private static ClientRecord read(Storage node, String clientId) {
        return node.inTransaction(session -> session.clients().findById(clientId)).orElseThrow();
    }

    private static boolean allDelivered(Storage node, List<OutboxMessage> messages) {
        return node.inTransaction(session -> messages.stream().allMatch(message ->
                session.outbox().findById(message.id()).orElseThrow().status() == OutboxMessage.Status.DELIVERED));
    }

    /**
     * Runs the tasks on threads of their own, released at the same moment, and returns what each
     * returned or the exception it threw, in the tasks' order.
     */
    static <T> List<Object> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : running) {
                try {
                    outcomes.add(future.get(60, SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }
}
