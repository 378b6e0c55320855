// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A pool's connections handed out in the order they were asked for: at most a number of them out
 * at once, the callers beyond waiting in turn on a fair semaphore. H2's {@code JdbcConnectionPool},
 * which the harnesses pool with, lets a thread that returns a connection take one again ahead of
 * those waiting; a deployment's pool that queues its waiters behaves like this one.
 */
final class FairPool {

    private FairPool() {
    }

    /** {@code pool} with at most {@code connections} connections out, in the order asked for. */
    static DataSource of(DataSource pool, int connections) {
        Semaphore turns = new Semaphore(connections, true);
        return (DataSource) Proxy.newProxyInstance(FairPool.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return invoke(method, pool, args);
                    }
                    turns.acquireUninterruptibly();
                    try {
                        return returningTurn((Connection) invoke(method, pool, args), turns);
                    } catch (Throwable e) {
                        turns.release();
                        throw e;
                    }
                });
    }

    /** The connection, whose first {@code close} also gives its turn back. */
    private static Connection returningTurn(Connection connection, Semaphore turns) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(FairPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            return invoke(method, connection, args);
                        } finally {
                            if (closed.compareAndSet(false, true)) {
                                turns.release();
                            }
                        }
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
