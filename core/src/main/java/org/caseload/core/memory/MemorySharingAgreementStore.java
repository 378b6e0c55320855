// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.sharing.SharingAgreementStore;

/** Sharing agreements; accessed only under the storage's lock. */
final class MemorySharingAgreementStore {

    private static final Comparator<SharingAgreementRecord> BY_FIRST_DAY = Comparator
            .comparing(SharingAgreementRecord::effectiveFrom)
            .thenComparing(SharingAgreementRecord::id);

    private final Map<String, SharingAgreementRecord> byId = new HashMap<>();

    SharingAgreementStore bind(List<Runnable> undoLog) {
        return new SharingAgreementStore() {
            @Override
            public SharingAgreementRecord insert(SharingAgreementRecord agreement) {
                if (byId.containsKey(agreement.id())) {
                    throw new StorageException("a sharing agreement with id " + agreement.id() + " already exists");
                }
                SharingAgreementRecord stored = agreement.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public SharingAgreementRecord update(SharingAgreementRecord agreement) {
                SharingAgreementRecord previous = byId.get(agreement.id());
                if (previous == null) {
                    throw new NotFoundException("sharingAgreement", agreement.id());
                }
                if (previous.version() != agreement.version()) {
                    throw new ConcurrentModificationException("sharingAgreement", agreement.id(), agreement.version());
                }
                SharingAgreementRecord stored = agreement.withVersion(agreement.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<SharingAgreementRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<SharingAgreementRecord> findByOrganization(String organizationId) {
                return byId.values().stream()
                        .filter(agreement -> agreement.involves(organizationId))
                        .sorted(BY_FIRST_DAY)
                        .toList();
            }
        };
    }
}
