// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;

/**
 * Entries appended per owning record (a ticket's history or notes, a desk ticket's), in the order
 * appended; accessed only under the storage's lock.
 *
 * @param <R> the history entry
 */
public final class MemoryHistoryLog<R> {

    private final String ownerType;
    private final String described;
    private final Predicate<String> ownerExists;
    private final Function<R, String> ownerIdOf;
    private final Function<R, String> idOf;
    private final Map<String, List<R>> entriesByOwner = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * @param ownerType   the owning record's type, as named in a {@link NotFoundException}
     * @param described   an entry with its article, as named when its id is taken, such as {@code "a ticket note"}
     * @param ownerExists whether an owning record with a given id exists
     * @param ownerIdOf   an entry's owning record id
     * @param idOf        an entry's own id
     */
    public MemoryHistoryLog(String ownerType, String described, Predicate<String> ownerExists, Function<R, String> ownerIdOf,
                     Function<R, String> idOf) {
        this.ownerType = ownerType;
        this.described = described;
        this.ownerExists = ownerExists;
        this.ownerIdOf = ownerIdOf;
        this.idOf = idOf;
    }

    public void append(List<Runnable> undoLog, R entry) {
        String ownerId = ownerIdOf.apply(entry);
        if (!ownerExists.test(ownerId)) {
            throw new NotFoundException(ownerType, ownerId);
        }
        String id = idOf.apply(entry);
        if (ids.contains(id)) {
            throw new StorageException(described + " with id " + id + " already exists");
        }
        undoLog.add(() -> {
            List<R> entries = entriesByOwner.get(ownerId);
            entries.remove(entries.size() - 1);
            ids.remove(id);
        });
        ids.add(id);
        entriesByOwner.computeIfAbsent(ownerId, owner -> new ArrayList<>()).add(entry);
    }

    public List<R> entries(String ownerId) {
        return List.copyOf(entriesByOwner.getOrDefault(ownerId, List.of()));
    }
}
