// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.memory;

import java.util.List;
import java.util.Map;
import org.caseload.spi.error.StorageException;

/**
 * Writes to a map of a memory store that add their undo entry before they change the map, as every
 * write of a memory store must: in a reading unit the undo log refuses the entry, and the map is
 * left as it was.
 */
public final class UndoFirst {

    private UndoFirst() {
    }

    /**
     * Stores {@code value} under {@code key}, which no entry may hold yet.
     *
     * @param described what the value is, with its article, such as {@code "a search miss"}: the
     *                  message of the {@link StorageException} for a key already taken names it
     */
    public static <K, V> void insert(List<Runnable> undoLog, Map<K, V> map, K key, V value, String described) {
        if (map.containsKey(key)) {
            throw new StorageException(described + " with id " + key + " already exists");
        }
        undoLog.add(() -> map.remove(key));
        map.put(key, value);
    }
}
