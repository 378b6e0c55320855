// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal.memory;

import org.caseload.core.memory.MemoryStoreProvider;
import org.caseload.core.memory.MemoryStores;
import org.caseload.spi.storage.hmis.HmisRecordStore;

/** The HMIS module's in-memory store: the rows of HMIS CSV exports. */
public final class HmisMemoryStores implements MemoryStoreProvider {

    @Override
    public void contribute(MemoryStores stores) {
        stores.add(HmisRecordStore.class, new MemoryHmisRecordStore()::bind);
    }
}
