package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;

/** Services delivered; accessed only under the storage's lock. */
final class MemoryServiceDeliveryStore {

    private static final Comparator<ServiceDeliveryRecord> NEWEST_FIRST = Comparator
            .comparing(ServiceDeliveryRecord::deliveredOn)
            .thenComparing(ServiceDeliveryRecord::createdAt)
            .reversed()
            .thenComparing(ServiceDeliveryRecord::id);

    private final Map<String, ServiceDeliveryRecord> byId = new HashMap<>();
    private final VersionedRecords<String, ServiceDeliveryRecord> records = VersionedRecords.byId("serviceDelivery", "a service delivery",
            ServiceDeliveryRecord::id, ServiceDeliveryRecord::version, ServiceDeliveryRecord::withVersion, byId, List.of());

    ServiceDeliveryStore bind(List<Runnable> undoLog) {
        return new ServiceDeliveryStore() {
            @Override
            public ServiceDeliveryRecord insert(ServiceDeliveryRecord delivery) {
                return records.insert(undoLog, delivery);
            }

            @Override
            public ServiceDeliveryRecord update(ServiceDeliveryRecord delivery) {
                return records.update(undoLog, delivery);
            }

            @Override
            public void delete(String id, long expectedVersion) {
                records.delete(undoLog, id, expectedVersion);
            }

            @Override
            public Optional<ServiceDeliveryRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<ServiceDeliveryRecord> findByClient(ClientHistoryQuery query) {
                return byId.values().stream()
                        .filter(delivery -> delivery.clientId().equals(query.clientId()))
                        .filter(delivery -> query.organizationIds().isEmpty()
                                || query.organizationIds().contains(delivery.organizationId()))
                        .sorted(NEWEST_FIRST)
                        .limit(query.limit())
                        .toList();
            }
        };
    }
}
