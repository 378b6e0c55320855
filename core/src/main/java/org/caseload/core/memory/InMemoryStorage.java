// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A {@link Storage} that keeps everything in memory, for tests, demos, harnesses and hosts that do
 * not need durability. It passes the same contract test kit as the database storages.
 *
 * <p>Its stores are contributed by the modules present: every {@link MemoryStoreProvider} found
 * with {@link ServiceLoader} when the storage is created adds its own (core's, and those of
 * {@code caseload-ticketing} and {@code caseload-help} when they are on the class or module path).
 *
 * <p>Units of work are serialized by one lock, which makes them fully isolated; each write is
 * applied at once and undone in reverse order if the unit throws, so a failed unit leaves nothing
 * behind. Records are immutable, so nothing a caller holds can change what is stored.
 * Thread-safe. Contents are lost when the object is discarded.
 */
public final class InMemoryStorage implements Storage {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final MemoryStores stores = new MemoryStores();

    /** A storage with the stores of every module found on the class or module path. */
    public InMemoryStorage() {
        for (MemoryStoreProvider provider : ServiceLoader.load(MemoryStoreProvider.class,
                InMemoryStorage.class.getClassLoader())) {
            provider.contribute(stores);
        }
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        Session joined = current.get();
        if (joined != null) {
            return work.run(joined);
        }
        lock.lock();
        Session session = new Session();
        current.set(session);
        try {
            T result = work.run(session);
            session.undoLog.clear();
            return result;
        } catch (Throwable e) {
            // Throwable, not RuntimeException: code from other JVM languages throws undeclared
            // checked exceptions, and those must roll back too.
            session.rollback();
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    /** One unit of work: its undo log and the stores bound to it, each bound on first use. */
    private final class Session implements StorageSession {
        private final List<Runnable> undoLog = new ArrayList<>();
        private final Map<Class<?>, Object> bound = new HashMap<>();

        @Override
        public <S> S store(Class<S> storeType) {
            Objects.requireNonNull(storeType, "storeType");
            Object store = bound.get(storeType);
            if (store == null) {
                Function<List<Runnable>, ?> binder = stores.binderOf(storeType);
                if (binder == null) {
                    throw new ConfigurationException("the in-memory storage has no store of type "
                            + storeType.getName() + ": " + ProvidingModules.remedyFor(storeType));
                }
                store = binder.apply(undoLog);
                bound.put(storeType, store);
            }
            return storeType.cast(store);
        }

        void rollback() {
            for (int i = undoLog.size() - 1; i >= 0; i--) {
                undoLog.get(i).run();
            }
            undoLog.clear();
        }
    }
}
