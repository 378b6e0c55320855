// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

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
 * An append-only history per owning record (a ticket's, a desk ticket's), in the order appended;
 * accessed only under the storage's lock.
 *
 * @param <R> the history entry
 */
final class MemoryHistoryLog<R> {

    private final String ownerType;
    private final Predicate<String> ownerExists;
    private final Function<R, String> ownerIdOf;
    private final Function<R, String> idOf;
    private final Map<String, List<R>> entriesByOwner = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * @param ownerType   the owning record's type, as named in a {@link NotFoundException}
     * @param ownerExists whether an owning record with a given id exists
     * @param ownerIdOf   an entry's owning record id
     * @param idOf        an entry's own id
     */
    MemoryHistoryLog(String ownerType, Predicate<String> ownerExists, Function<R, String> ownerIdOf,
                     Function<R, String> idOf) {
        this.ownerType = ownerType;
        this.ownerExists = ownerExists;
        this.ownerIdOf = ownerIdOf;
        this.idOf = idOf;
    }

    void append(List<Runnable> undoLog, R entry) {
        String ownerId = ownerIdOf.apply(entry);
        if (!ownerExists.test(ownerId)) {
            throw new NotFoundException(ownerType, ownerId);
        }
        String id = idOf.apply(entry);
        if (!ids.add(id)) {
            throw new StorageException("a " + ownerType + " history entry with id " + id + " already exists");
        }
        List<R> entries = entriesByOwner.computeIfAbsent(ownerId, owner -> new ArrayList<>());
        entries.add(entry);
        undoLog.add(() -> {
            entries.remove(entries.size() - 1);
            ids.remove(id);
        });
    }

    List<R> entries(String ownerId) {
        return List.copyOf(entriesByOwner.getOrDefault(ownerId, List.of()));
    }
}
