package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.sharing.SharingAgreementStore;

/** Sharing agreements; accessed only under the storage's lock. */
final class MemorySharingAgreementStore {

    private static final Comparator<SharingAgreementRecord> BY_FIRST_DAY = Comparator
            .comparing(SharingAgreementRecord::effectiveFrom)
            .thenComparing(SharingAgreementRecord::id);

    private final Map<String, SharingAgreementRecord> byId = new HashMap<>();
    private final VersionedRecords<String, SharingAgreementRecord> records = VersionedRecords.byId("sharingAgreement", "a sharing agreement",
            SharingAgreementRecord::id, SharingAgreementRecord::version, SharingAgreementRecord::withVersion, byId, List.of());

    SharingAgreementStore bind(List<Runnable> undoLog) {
        return new SharingAgreementStore() {
            @Override
            public SharingAgreementRecord insert(SharingAgreementRecord agreement) {
                return records.insert(undoLog, agreement);
            }

            @Override
            public SharingAgreementRecord update(SharingAgreementRecord agreement) {
                return records.update(undoLog, agreement);
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
