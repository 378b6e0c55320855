// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.List;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/** Services delivered; accessed only under the storage's lock. */
final class MemoryServiceDeliveryStore {

    private static final ClientHistoryListing<ServiceDeliveryRecord> LISTING = new ClientHistoryListing<>(
            ServiceDeliveryRecord::clientId, ServiceDeliveryRecord::organizationId, ServiceDeliveryRecord::deliveredOn,
            ServiceDeliveryRecord::createdAt, ServiceDeliveryRecord::id);

    private final VersionedRecords<String, ServiceDeliveryRecord> records = VersionedRecords.byId(
            "serviceDelivery", "a service delivery",
            ServiceDeliveryRecord::id, ServiceDeliveryRecord::version, ServiceDeliveryRecord::withVersion);

    ServiceDeliveryStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ServiceDeliveryRecord> implements ServiceDeliveryStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<ServiceDeliveryRecord> findByClient(ClientHistoryQuery query) {
            return LISTING.select(all(), query);
        }
    }
}
