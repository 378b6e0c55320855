// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.audit.AuditStore;

/**
 * A {@link Storage} that keeps everything in memory, for tests, demos, harnesses and hosts that do
 * not need durability. It passes the same contract test kit as the database storages.
 *
 * <p>Its stores are contributed by the modules present: every {@link MemoryStoreProvider} found
 * with {@link ServiceLoader} when the storage is created adds its own (core's, and those of
 * {@code caseload-ticketing} and {@code caseload-help} when they are on the class or module path).
 *
 * <p>Units of work are isolated by one fair read-write lock. A unit of
 * {@link #inTransaction} holds the write lock, alone; units of {@link #inReadingTransaction} hold
 * the read lock, side by side with one another, so that searches and reads on many threads use
 * every core; at most one per processor runs at once, and the others wait in the order they came
 * (their work is all processor: more at once would only share the cores in time slices). The lock
 * is fair: a writing unit waits only for the reading units already running,
 * and the units that come after it wait for it, so a stream of readers cannot starve a writer and
 * no thread barges back in ahead of those waiting. In a reading unit, every store but the audit
 * store refuses a write with a {@link StorageException} before it changes anything; the audit store
 * takes the appends of concurrent reading units under its own monitor.
 *
 * <p>Each write is applied at once and undone in reverse order if the unit throws, so a failed
 * unit leaves nothing behind. Records are immutable, so nothing a caller holds can change what is
 * stored. Thread-safe. Contents are lost when the object is discarded.
 */
public final class InMemoryStorage implements Storage {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    /**
     * Reading units running at once, at most one per processor, the others waiting in arrival
     * order (ADR 0150): the work is all processor, so more at once only shares the cores in time
     * slices, and a call interrupted at the end of its slice waits for every other caller's.
     */
    private final Semaphore readingSlots;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final MemoryStores stores = new MemoryStores();

    /** A storage with the stores of every module found on the class or module path. */
    public InMemoryStorage() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A storage that runs at most {@code readingSlots} reading units at once. */
    InMemoryStorage(int readingSlots) {
        this.readingSlots = new Semaphore(readingSlots, true);
        for (MemoryStoreProvider provider : ServiceLoader.load(MemoryStoreProvider.class,
                InMemoryStorage.class.getClassLoader())) {
            provider.contribute(stores);
        }
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return run(work, false);
    }

    /**
     * Runs {@code work} under the read lock, side by side with other reading units; any write in it
     * but an audit append is refused with a {@link StorageException} and changes nothing. Started
     * inside another unit, it joins that unit.
     */
    @Override
    public <T> T inReadingTransaction(UnitOfWork<T> work) {
        return run(work, true);
    }

    private <T> T run(UnitOfWork<T> work, boolean reading) {
        Session joined = current.get();
        if (joined != null) {
            return work.run(joined);
        }
        if (reading) {
            readingSlots.acquireUninterruptibly();
        }
        Lock held = reading ? lock.readLock() : lock.writeLock();
        held.lock();
        Session session = new Session(reading);
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
            held.unlock();
            if (reading) {
                readingSlots.release();
            }
        }
    }

    /**
     * One unit of work: its undo log and the stores bound to it, each bound on first use. In a
     * reading unit, the stores other than the audit store are bound to a log that refuses their
     * first write; each store adds a write's undo entry before it changes anything.
     */
    private final class Session implements StorageSession {
        private final List<Runnable> undoLog = new ArrayList<>();
        private final Map<Class<?>, Object> bound = new HashMap<>();
        private final boolean reading;

        Session(boolean reading) {
            this.reading = reading;
        }

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
                boolean refused = reading && storeType != AuditStore.class;
                store = binder.apply(refused ? new RefusedWrites(storeType) : undoLog);
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

    /** The undo log of a store bound to a reading unit: it refuses the store's first write. */
    private static final class RefusedWrites extends AbstractList<Runnable> {
        private final Class<?> storeType;

        RefusedWrites(Class<?> storeType) {
            this.storeType = storeType;
        }

        @Override
        public boolean add(Runnable undo) {
            throw new StorageException("a reading unit of work may not write to the " + storeType.getSimpleName()
                    + "; only audit entries may be appended in one. The write was refused and changed nothing; "
                    + "run the work with Storage.inTransaction");
        }

        @Override
        public Runnable get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
