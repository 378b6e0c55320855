// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.inUnit;

import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.messaging.OutboxStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.StorageSession#store}: one instance per store
 * type within a session, the same one the named accessor returns, and a
 * {@link ConfigurationException} naming the type for a type the storage has no store of.
 */
public interface StoreLookupContract {

    /** The storage under test. Each test calls it once. */
    Storage storage();

    @Test
    default void aSessionHandsOutTheSameStoreEveryTime() {
        inUnit(storage(), session -> {
            assertThat(session.store(ClientStore.class)).isSameAs(session.store(ClientStore.class));
            assertThat(session.clients()).isSameAs(session.store(ClientStore.class));
            assertThat(session.audit()).isSameAs(session.audit());
            assertThat(session.outbox()).isSameAs(session.store(OutboxStore.class));
        });
    }

    @Test
    default void aTypeThatIsNoStoreIsRefusedByName() {
        inUnit(storage(), session -> assertThatThrownBy(() -> session.store(Runnable.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(Runnable.class.getName()));
    }
}
