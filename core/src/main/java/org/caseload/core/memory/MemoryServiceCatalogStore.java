// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.ServiceCatalogStore;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;

/** Service groups and types; accessed only under the storage's lock. */
final class MemoryServiceCatalogStore {

    private final Map<String, ServiceGroupRecord> groups = new HashMap<>();
    private final Map<String, ServiceTypeRecord> types = new HashMap<>();

    ServiceCatalogStore bind(List<Runnable> undoLog) {
        return new ServiceCatalogStore() {
            @Override
            public ServiceGroupRecord insertGroup(ServiceGroupRecord group) {
                if (groups.containsKey(group.id())) {
                    throw new StorageException("a service group with id " + group.id() + " already exists");
                }
                ServiceGroupRecord stored = group.withVersion(1);
                undoLog.add(() -> groups.remove(stored.id()));
                groups.put(stored.id(), stored);
                return stored;
            }

            @Override
            public ServiceTypeRecord insertType(ServiceTypeRecord type) {
                if (!groups.containsKey(type.groupId())) {
                    throw new NotFoundException("serviceGroup", type.groupId());
                }
                if (types.containsKey(type.id())) {
                    throw new StorageException("a service type with id " + type.id() + " already exists");
                }
                ServiceTypeRecord stored = type.withVersion(1);
                undoLog.add(() -> types.remove(stored.id()));
                types.put(stored.id(), stored);
                return stored;
            }

            @Override
            public Optional<ServiceGroupRecord> findGroup(String id) {
                return Optional.ofNullable(groups.get(id));
            }

            @Override
            public Optional<ServiceTypeRecord> findType(String id) {
                return Optional.ofNullable(types.get(id));
            }

            @Override
            public List<ServiceGroupRecord> groupsOf(String organizationId) {
                return groups.values().stream()
                        .filter(group -> group.organizationId().equals(organizationId))
                        .sorted(Comparator.comparing(ServiceGroupRecord::name).thenComparing(ServiceGroupRecord::id))
                        .toList();
            }

            @Override
            public List<ServiceTypeRecord> typesOf(String organizationId) {
                return types.values().stream()
                        .filter(type -> type.organizationId().equals(organizationId))
                        .sorted(Comparator.comparing(ServiceTypeRecord::name).thenComparing(ServiceTypeRecord::id))
                        .toList();
            }
        };
    }
}
