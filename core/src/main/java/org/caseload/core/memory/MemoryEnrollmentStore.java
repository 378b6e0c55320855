// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.EnrollmentStore;

/** Enrollments; accessed only under the storage's lock. */
final class MemoryEnrollmentStore {

    private static final Comparator<EnrollmentRecord> LATEST_ENTRY_FIRST = Comparator
            .comparing(EnrollmentRecord::entryDate).reversed()
            .thenComparing(EnrollmentRecord::id);

    private final Map<String, EnrollmentRecord> byId = new HashMap<>();

    EnrollmentStore bind(List<Runnable> undoLog) {
        return new EnrollmentStore() {
            @Override
            public EnrollmentRecord insert(EnrollmentRecord enrollment) {
                if (byId.containsKey(enrollment.id())) {
                    throw new StorageException("an enrollment with id " + enrollment.id() + " already exists");
                }
                EnrollmentRecord stored = enrollment.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public EnrollmentRecord update(EnrollmentRecord enrollment) {
                EnrollmentRecord previous = byId.get(enrollment.id());
                if (previous == null) {
                    throw new NotFoundException("enrollment", enrollment.id());
                }
                if (previous.version() != enrollment.version()) {
                    throw new ConcurrentModificationException("enrollment", enrollment.id(), enrollment.version());
                }
                EnrollmentRecord stored = enrollment.withVersion(enrollment.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<EnrollmentRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<EnrollmentRecord> findByClient(String clientId) {
                return select(enrollment -> enrollment.clientId().equals(clientId));
            }

            @Override
            public List<EnrollmentRecord> findByHousehold(String householdId) {
                return select(enrollment -> enrollment.householdId().equals(householdId));
            }
        };
    }

    private List<EnrollmentRecord> select(Predicate<EnrollmentRecord> filter) {
        return byId.values().stream().filter(filter).sorted(LATEST_ENTRY_FIRST).toList();
    }
}
