// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.List;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.CaseNoteStore;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/** Case notes; accessed only under the storage's lock. */
final class MemoryCaseNoteStore {

    private static final ClientHistoryListing<CaseNoteRecord> LISTING = new ClientHistoryListing<>(
            CaseNoteRecord::clientId, CaseNoteRecord::organizationId, CaseNoteRecord::noteDate,
            CaseNoteRecord::createdAt, CaseNoteRecord::id);

    private final VersionedRecords<String, CaseNoteRecord> records = VersionedRecords.byId("caseNote", "a case note",
            CaseNoteRecord::id, CaseNoteRecord::version, CaseNoteRecord::withVersion);

    CaseNoteStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<CaseNoteRecord> implements CaseNoteStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<CaseNoteRecord> findByClient(ClientHistoryQuery query) {
            return LISTING.select(all(), query);
        }
    }
}
