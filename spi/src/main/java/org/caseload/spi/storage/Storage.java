// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage;

/**
 * Where Caseload keeps its records. <b>Implemented by</b> {@code InMemoryStorage} (core),
 * {@code JdbcStorage} ({@code caseload-jdbc}), or a host's own adapter, which must pass the TCK.
 *
 * <p>Contract:
 * <ul>
 *   <li>Thread-safe: many threads (and, for a shared database, many application nodes) run units
 *       of work at once.</li>
 *   <li>{@link #inTransaction} runs {@code work} as one atomic, isolated unit (and
 *       {@link #inReadingTransaction} as one that only reads and appends audit entries):
 *       everything it wrote is committed when it returns normally, and nothing of it remains when
 *       it throws; the exception it threw is rethrown unchanged. Reads inside the unit see the
 *       unit's own writes.</li>
 *   <li>A unit of work started on a thread that is already inside one joins the outer unit: the
 *       outer unit decides commit or rollback. There are no savepoints: if the outer unit catches
 *       what an inner one threw and returns normally, the inner unit's writes are committed.</li>
 *   <li>After a {@link org.caseload.spi.error.StorageException} inside a unit, the unit must not
 *       go on: let the exception leave it (some databases abort the transaction at the first
 *       error). A {@link org.caseload.spi.error.ConcurrentModificationException} or
 *       {@link org.caseload.spi.error.NotFoundException} from a store leaves the unit usable.</li>
 *   <li>A session and its stores must not be used after their unit has returned.</li>
 *   <li>A failure to begin or commit is a {@link org.caseload.spi.error.StorageException}; after a
 *       failed commit nothing of the unit remains. Anything else the storage or a store throws
 *       that is not a {@link org.caseload.spi.error.CaseloadException} reaches callers as a
 *       {@link org.caseload.spi.error.HostPartException} with code {@code STORAGE_ADAPTER_FAILED}.</li>
 * </ul>
 */
public interface Storage {

    /**
     * Runs {@code work} as one unit of work and returns its result.
     *
     * @param work the work; receives a session valid only until it returns; not null
     * @param <T>  the type of the result; null results are allowed
     */
    <T> T inTransaction(UnitOfWork<T> work);

    /**
     * Runs {@code work} as one reading unit of work and returns its result: a unit that only reads,
     * except that it may append to the audit trail ({@code session.audit().append}). A storage may
     * run reading units side by side with one another, which a service call that only looks
     * records up (a search, a read) needs when many threads call at once.
     *
     * <p>Everything {@link #inTransaction} promises holds: the audit entries the unit appended are
     * stored when it returns normally and none of them remains when it throws, the exception it
     * threw is rethrown unchanged, and it sees no part of another unit that has not committed,
     * except that reading units running side by side may see one another's audit entries.
     * A storage that runs reading units side by side refuses any other write in one with a
     * {@link org.caseload.spi.error.StorageException} before the write changes anything; one that
     * does not may let it through, so callers must not rely on either.
     *
     * <p>Nesting: a reading unit started inside a unit of work joins it, as any unit does; a unit
     * started inside a reading unit joins the reading unit, so its writes other than audit appends
     * may be refused.
     *
     * <p>The default runs {@code work} with {@link #inTransaction}: a storage whose units of work
     * already run side by side (a database) need not do more. A storage that decorates another
     * must forward this method to it, or the storage it decorates never sees a reading unit.
     *
     * @param work the work; receives a session valid only until it returns; not null
     * @param <T>  the type of the result; null results are allowed
     */
    default <T> T inReadingTransaction(UnitOfWork<T> work) {
        return inTransaction(work);
    }

    /**
     * Whether what this storage keeps outlives the process (a database, files). A runtime on a
     * durable storage needs a {@code KeyProvider} from the host, since the SSNs and sensitive form
     * fields it keeps are encrypted under the host's keys. False by default, as for a storage that
     * keeps everything in memory.
     */
    default boolean durable() {
        return false;
    }
}
