// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.caseload.spi.error.ConfigurationException;

/**
 * The stores of one {@link InMemoryStorage}, by store interface, as the
 * {@link MemoryStoreProvider}s contributed them. Each store is added as a binder: given the undo
 * log of a unit of work, it returns the store bound to that unit, whose writes add their undo
 * entries to the log.
 *
 * <p>A write adds its undo entry <em>before</em> it changes anything: in a reading unit the log
 * refuses the entry with a {@link org.caseload.spi.error.StorageException}, and the store must be
 * left as it was, since other reading units are reading it at that moment. Reads run side by side
 * under the storage's read lock, so they must not change the store either (no lazy caches).
 */
public final class MemoryStores {

    private final Map<Class<?>, Function<List<Runnable>, ?>> binders = new HashMap<>();

    MemoryStores() {
    }

    /**
     * Adds the store of {@code storeType}.
     *
     * @throws ConfigurationException when another provider already added a store of this type
     */
    public <S> void add(Class<S> storeType, Function<List<Runnable>, ? extends S> binder) {
        Objects.requireNonNull(storeType, "storeType");
        Objects.requireNonNull(binder, "binder");
        if (binders.putIfAbsent(storeType, binder) != null) {
            throw new ConfigurationException("two in-memory store providers contribute a store of type "
                    + storeType.getName() + "; keep one module that provides it on the class path");
        }
    }

    /** The binder of {@code storeType}, or null when no provider added one. */
    Function<List<Runnable>, ?> binderOf(Class<?> storeType) {
        return binders.get(storeType);
    }
}
