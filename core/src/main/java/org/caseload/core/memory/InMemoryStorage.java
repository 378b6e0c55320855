package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.caseload.spi.storage.AuditStore;
import org.caseload.spi.storage.ClientStore;
import org.caseload.spi.storage.OutboxStore;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.TicketStore;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A {@link Storage} that keeps everything in memory, for tests, demos, harnesses and hosts that do
 * not need durability. It passes the same contract test kit as the database storages.
 *
 * <p>Units of work are serialized by one lock, which makes them fully isolated; each write is
 * applied at once and undone in reverse order if the unit throws, so a failed unit leaves nothing
 * behind. Records are immutable, so nothing a caller holds can change what is stored.
 * Thread-safe. Contents are lost when the object is discarded.
 */
public final class InMemoryStorage implements Storage {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final MemoryClientStore clients = new MemoryClientStore();
    private final MemoryTicketStore tickets = new MemoryTicketStore();
    private final MemoryAuditStore audit = new MemoryAuditStore();
    private final MemoryOutboxStore outbox = new MemoryOutboxStore();

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

    /** One unit of work: the stores bound to its undo log. */
    private final class Session implements StorageSession {
        private final List<Runnable> undoLog = new ArrayList<>();
        private final ClientStore clientView = clients.bind(undoLog);
        private final TicketStore ticketView = tickets.bind(undoLog);
        private final AuditStore auditView = audit.bind(undoLog);
        private final OutboxStore outboxView = outbox.bind(undoLog);

        @Override
        public ClientStore clients() {
            return clientView;
        }

        @Override
        public TicketStore tickets() {
            return ticketView;
        }

        @Override
        public AuditStore audit() {
            return auditView;
        }

        @Override
        public OutboxStore outbox() {
            return outboxView;
        }

        void rollback() {
            for (int i = undoLog.size() - 1; i >= 0; i--) {
                undoLog.get(i).run();
            }
            undoLog.clear();
        }
    }
}
