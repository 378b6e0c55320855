// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The part every in-memory store of versioned records keyed by id shares, bound to one unit of
 * work: insert, update, delete and find by id through its {@link VersionedRecords}. A store's view
 * extends this and implements its SPI interface, adding only its own queries.
 *
 * @param <R> the record
 */
public abstract class VersionedStoreView<R> {

    private final VersionedRecords<String, R> records;
    private final List<Runnable> undoLog;

    protected VersionedStoreView(VersionedRecords<String, R> records, List<Runnable> undoLog) {
        this.records = Objects.requireNonNull(records, "records");
        this.undoLog = Objects.requireNonNull(undoLog, "undoLog");
    }

    public R insert(R record) {
        return records.insert(undoLog, record);
    }

    public R update(R record) {
        return records.update(undoLog, record);
    }

    public void delete(String id, long expectedVersion) {
        records.delete(undoLog, id, expectedVersion);
    }

    public Optional<R> findById(String id) {
        return records.find(id);
    }

    /** Every record, for a store's own queries; a view, not a copy. */
    protected final Collection<R> all() {
        return records.all();
    }

    /** The records that pass {@code filter}, in {@code order}. */
    protected final List<R> select(Predicate<? super R> filter, Comparator<? super R> order) {
        return records.all().stream().filter(filter).sorted(order).toList();
    }

    /** The unit of work's undo log, for a store's own writes beside its records. */
    protected final List<Runnable> undoLog() {
        return undoLog;
    }
}
