// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.ChannelCredentialStoreContract;

/** The in-memory storage, with the store this module contributes, passes the credential store's contract. */
class InMemoryChannelCredentialStoreContractTest implements ChannelCredentialStoreContract {

    @Override
    public Storage storage() {
        return new InMemoryStorage();
    }
}
