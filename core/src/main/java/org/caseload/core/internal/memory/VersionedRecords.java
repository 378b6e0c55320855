// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.memory;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;

/**
 * The versioned records of one in-memory store and the optimistic-locking rules every such store
 * shares: an insert stores version 1 and refuses a key already taken; an update or delete names
 * the version it read and fails with {@link NotFoundException} or
 * {@link ConcurrentModificationException} when the stored record is gone or newer. Every change
 * adds its undo entry to the unit of work's undo log before it changes anything, so that a unit
 * that may not write is refused with nothing changed. Read under the storage's read lock, written
 * under its write lock.
 *
 * @param <K> the record's key, usually its id
 * @param <R> the record
 */
public final class VersionedRecords<K, R> {

    /** Gives a record with another version. */
    @FunctionalInterface
    public interface Versioning<R> {
        R withVersion(R record, long version);
    }

    /** A secondary index kept in step with the records, or a rule over them all. */
    public interface Index<R> {

        /** Refuses, with a {@link StorageException}, a record this index cannot take. */
        default void check(R candidate) {
        }

        void add(R record);

        void remove(R record);
    }

    private final String recordType;
    private final Function<R, K> keyOf;
    private final ToLongFunction<R> versionOf;
    private final Versioning<R> versioning;
    private final Function<R, String> duplicateMessage;
    private final Map<K, R> byKey;
    private final List<Index<R>> indexes;

    /**
     * @param recordType       the record type named in {@link NotFoundException} and
     *                         {@link ConcurrentModificationException}, such as {@code caseNote}
     * @param keyOf            a record's key
     * @param versionOf        a record's version
     * @param versioning       copies a record with another version
     * @param duplicateMessage the message of the {@link StorageException} for a key already taken
     * @param byKey            the (empty) map that holds the records; its kind sets the order of {@link #all()}
     * @param indexes          indexes kept in step, in the order they are checked
     */
    public VersionedRecords(String recordType, Function<R, K> keyOf, ToLongFunction<R> versionOf,
                            Versioning<R> versioning, Function<R, String> duplicateMessage, Map<K, R> byKey,
                            List<Index<R>> indexes) {
        this.recordType = recordType;
        this.keyOf = keyOf;
        this.versionOf = versionOf;
        this.versioning = versioning;
        this.duplicateMessage = duplicateMessage;
        this.byKey = byKey;
        this.indexes = List.copyOf(indexes);
    }

    /**
     * Records keyed by their id, whose duplicate is reported as "{@code described} with id ... already exists".
     *
     * @param described the record with its article, such as {@code "a case note"}
     */
    public static <R> VersionedRecords<String, R> byId(String recordType, String described, Function<R, String> idOf,
                                                       ToLongFunction<R> versionOf, Versioning<R> versioning,
                                                       Map<String, R> byId, List<Index<R>> indexes) {
        return new VersionedRecords<>(recordType, idOf, versionOf, versioning,
                record -> described + " with id " + idOf.apply(record) + " already exists", byId, indexes);
    }

    /** Records keyed by their id in a hash map, without indexes; see the other {@code byId}. */
    public static <R> VersionedRecords<String, R> byId(String recordType, String described, Function<R, String> idOf,
                                                       ToLongFunction<R> versionOf, Versioning<R> versioning) {
        return byId(recordType, described, idOf, versionOf, versioning, new HashMap<>(), List.of());
    }

    /** Stores {@code record} at version 1 and returns what was stored. */
    public R insert(List<Runnable> undoLog, R record) {
        if (byKey.containsKey(keyOf.apply(record))) {
            throw new StorageException(duplicateMessage.apply(record));
        }
        R stored = versioning.withVersion(record, 1);
        indexes.forEach(index -> index.check(stored));
        undoLog.add(() -> remove(stored));
        put(stored);
        return stored;
    }

    /** Replaces the record stored at {@code record}'s version with the next version, and returns it. */
    public R update(List<Runnable> undoLog, R record) {
        long version = versionOf.applyAsLong(record);
        R previous = current(keyOf.apply(record), version);
        R stored = versioning.withVersion(record, version + 1);
        indexes.forEach(index -> index.check(stored));
        undoLog.add(() -> {
            remove(stored);
            put(previous);
        });
        remove(previous);
        put(stored);
        return stored;
    }

    /** Removes the record stored under {@code key} at {@code expectedVersion}. */
    public void delete(List<Runnable> undoLog, K key, long expectedVersion) {
        R previous = current(key, expectedVersion);
        undoLog.add(() -> put(previous));
        remove(previous);
    }

    public Optional<R> find(K key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(K key) {
        return byKey.containsKey(key);
    }

    /** Every record, in the order of the map given at construction; a view, not a copy. */
    public Collection<R> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    private R current(K key, long expectedVersion) {
        R stored = byKey.get(key);
        if (stored == null) {
            throw new NotFoundException(recordType, String.valueOf(key));
        }
        if (versionOf.applyAsLong(stored) != expectedVersion) {
            throw new ConcurrentModificationException(recordType, String.valueOf(key), expectedVersion);
        }
        return stored;
    }

    private void put(R record) {
        byKey.put(keyOf.apply(record), record);
        indexes.forEach(index -> index.add(record));
    }

    private void remove(R record) {
        byKey.remove(keyOf.apply(record));
        indexes.forEach(index -> index.remove(record));
    }
}
