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

    ServiceDeliveryStore bind(List<Runnable> undoLog) {
        return new ServiceDeliveryStore() {
            @Override
            public ServiceDeliveryRecord insert(ServiceDeliveryRecord delivery) {
                if (byId.containsKey(delivery.id())) {
                    throw new StorageException("a service delivery with id " + delivery.id() + " already exists");
                }
                ServiceDeliveryRecord stored = delivery.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public ServiceDeliveryRecord update(ServiceDeliveryRecord delivery) {
                ServiceDeliveryRecord previous = current(delivery.id(), delivery.version());
                ServiceDeliveryRecord stored = delivery.withVersion(delivery.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public void delete(String id, long expectedVersion) {
                ServiceDeliveryRecord previous = current(id, expectedVersion);
                byId.remove(id);
                undoLog.add(() -> byId.put(previous.id(), previous));
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

    private ServiceDeliveryRecord current(String id, long expectedVersion) {
        ServiceDeliveryRecord stored = byId.get(id);
        if (stored == null) {
            throw new NotFoundException("serviceDelivery", id);
        }
        if (stored.version() != expectedVersion) {
            throw new ConcurrentModificationException("serviceDelivery", id, expectedVersion);
        }
        return stored;
    }
}
