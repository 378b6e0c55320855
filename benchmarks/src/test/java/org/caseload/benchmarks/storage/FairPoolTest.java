// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FairPoolTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger closes = new AtomicInteger();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void callersBeyondTheConnectionsWaitAndAreServedInTheOrderTheyAsked() throws Exception {
        DataSource pool = FairPool.of(connections(), 1);
        Connection first = pool.getConnection();
        Queue<String> served = new ConcurrentLinkedQueue<>();
        Future<?> second = askAndRelease(pool, "second", served);
        Future<?> third = askAndRelease(pool, "third", served);

        first.close();
        second.get(30, SECONDS);
        third.get(30, SECONDS);

        assertThat(served).containsExactly("second", "third");
        assertThat(closes).hasValue(3);
    }

    @Test
    void aConnectionClosedTwiceGivesItsTurnBackOnce() throws Exception {
        DataSource pool = FairPool.of(connections(), 1);
        Connection connection = pool.getConnection();
        connection.close();
        connection.close();

        Connection again = pool.getConnection();
        AtomicReference<Thread> waiter = new AtomicReference<>();
        Future<Connection> another = threads.submit(() -> {
            waiter.set(Thread.currentThread());
            return pool.getConnection();
        });
        awaitParked(another, waiter);
        again.close();

        assertThat(another.get(30, SECONDS)).isNotNull();
    }

    /** Asks for a connection after the previous caller is parked, records it, and closes it. */
    private Future<?> askAndRelease(DataSource pool, String name, Queue<String> served) throws Exception {
        AtomicReference<Thread> caller = new AtomicReference<>();
        Future<?> asked = threads.submit(() -> {
            caller.set(Thread.currentThread());
            try (Connection connection = pool.getConnection()) {
                served.add(name);
            }
            return null;
        });
        awaitParked(asked, caller);
        return asked;
    }

    /** A data source whose connections only count their closes. */
    private DataSource connections() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (connection, call, callArgs) -> {
                            if (call.getName().equals("close")) {
                                closes.incrementAndGet();
                            }
                            return null;
                        }));
    }

    private static void awaitParked(Future<?> task, AtomicReference<Thread> thread) throws Exception {
        for (int i = 0; i < 30_000; i++) {
            if (task.isDone()) {
                task.get();
                throw new AssertionError("the caller got a connection at once instead of waiting");
            }
            Thread running = thread.get();
            if (running != null && running.getState() == Thread.State.WAITING) {
                return;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the caller neither waited nor got a connection within 30 seconds");
    }
}
