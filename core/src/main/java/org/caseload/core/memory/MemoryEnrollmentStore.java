// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.List;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.EnrollmentStore;

/** Enrollments; accessed only under the storage's lock. */
final class MemoryEnrollmentStore {

    private static final Comparator<EnrollmentRecord> LATEST_ENTRY_FIRST = Comparator
            .comparing(EnrollmentRecord::entryDate).reversed()
            .thenComparing(EnrollmentRecord::id);

    private final VersionedRecords<String, EnrollmentRecord> records = VersionedRecords.byId(
            "enrollment", "an enrollment",
            EnrollmentRecord::id, EnrollmentRecord::version, EnrollmentRecord::withVersion);

    EnrollmentStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<EnrollmentRecord> implements EnrollmentStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<EnrollmentRecord> findByClient(String clientId) {
            return select(enrollment -> enrollment.clientId().equals(clientId), LATEST_ENTRY_FIRST);
        }

        @Override
        public List<EnrollmentRecord> findByHousehold(String householdId) {
            return select(enrollment -> enrollment.householdId().equals(householdId), LATEST_ENTRY_FIRST);
        }
    }
}
