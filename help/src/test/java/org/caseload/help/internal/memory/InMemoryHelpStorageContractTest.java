// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.HelpStorageContract;

/** The in-memory storage, with the stores this module contributes, passes help's contract test kit. */
class InMemoryHelpStorageContractTest implements HelpStorageContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }
}
