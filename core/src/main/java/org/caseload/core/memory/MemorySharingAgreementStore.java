// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.List;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.sharing.SharingAgreementStore;

/** Sharing agreements; accessed only under the storage's lock. */
final class MemorySharingAgreementStore {

    private static final Comparator<SharingAgreementRecord> BY_FIRST_DAY = Comparator
            .comparing(SharingAgreementRecord::effectiveFrom)
            .thenComparing(SharingAgreementRecord::id);

    private final VersionedRecords<String, SharingAgreementRecord> records = VersionedRecords.byId(
            "sharingAgreement", "a sharing agreement",
            SharingAgreementRecord::id, SharingAgreementRecord::version, SharingAgreementRecord::withVersion);

    SharingAgreementStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<SharingAgreementRecord> implements SharingAgreementStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<SharingAgreementRecord> findByOrganization(String organizationId) {
            return select(agreement -> agreement.involves(organizationId), BY_FIRST_DAY);
        }
    }
}
