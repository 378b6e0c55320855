// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.TicketingStorageContract;

/** The in-memory storage, with the stores this module contributes, passes ticketing's contract test kit. */
class InMemoryTicketingStorageContractTest implements TicketingStorageContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }
}
