// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal.memory;

import org.caseload.core.memory.MemoryStoreProvider;
import org.caseload.core.memory.MemoryStores;
import org.caseload.spi.storage.channel.ChannelCredentialStore;

/** The HTTP module's in-memory store: the support channel's credentials. */
public final class HttpMemoryStores implements MemoryStoreProvider {

    @Override
    public void contribute(MemoryStores stores) {
        stores.add(ChannelCredentialStore.class, new MemoryChannelCredentialStore()::bind);
    }
}
