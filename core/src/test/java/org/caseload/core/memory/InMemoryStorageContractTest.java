// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import org.caseload.spi.storage.Storage;
import org.caseload.tck.StorageContract;

/** The in-memory storage passes the same contract test kit as every other storage. */
class InMemoryStorageContractTest implements StorageContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }
}
