// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketStore;
import org.caseload.tck.CoreStorageContract;
import org.junit.jupiter.api.Test;

/**
 * The in-memory storage passes the contract test kit of core's stores; those of ticketing and
 * help run in their own modules, which contribute those stores.
 */
class InMemoryStorageContractTest implements CoreStorageContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }

    @Test
    void aStoreOfAModuleNotOnTheClassPathNamesTheModuleToAdd() {
        assertThatThrownBy(() -> storage().inTransaction(session -> session.tickets()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(TicketStore.class.getName())
                .hasMessageContaining("add caseload-ticketing");
    }
}
