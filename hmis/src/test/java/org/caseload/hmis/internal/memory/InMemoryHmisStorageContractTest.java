// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal.memory;

import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.HmisRecordStoreContract;

/** The in-memory storage, with the store this module contributes, passes the HMIS record store's contract. */
class InMemoryHmisStorageContractTest implements HmisRecordStoreContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }
}
