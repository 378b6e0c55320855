// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import org.caseload.spi.storage.audit.AuditStore;
import org.caseload.spi.storage.casework.CaseNoteStore;
import org.caseload.spi.storage.casework.EnrollmentStore;
import org.caseload.spi.storage.casework.HouseholdStore;
import org.caseload.spi.storage.casework.ProjectStore;
import org.caseload.spi.storage.casework.ServiceCatalogStore;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;
import org.caseload.spi.storage.clients.ClientLinkStore;
import org.caseload.spi.storage.clients.ClientMergeStore;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.messaging.OutboxStore;
import org.caseload.spi.storage.sharing.ConsentStore;
import org.caseload.spi.storage.sharing.SharingAgreementStore;

/** Core's in-memory stores: clients, casework, sharing, audit and the outbox. */
public final class CoreMemoryStores implements MemoryStoreProvider {

    @Override
    public void contribute(MemoryStores stores) {
        stores.add(ClientStore.class, new MemoryClientStore()::bind);
        stores.add(ClientMergeStore.class, new MemoryClientMergeStore()::bind);
        stores.add(ClientLinkStore.class, new MemoryClientLinkStore()::bind);
        stores.add(HouseholdStore.class, new MemoryHouseholdStore()::bind);
        stores.add(ProjectStore.class, new MemoryProjectStore()::bind);
        stores.add(EnrollmentStore.class, new MemoryEnrollmentStore()::bind);
        stores.add(CaseNoteStore.class, new MemoryCaseNoteStore()::bind);
        stores.add(ServiceCatalogStore.class, new MemoryServiceCatalogStore()::bind);
        stores.add(ServiceDeliveryStore.class, new MemoryServiceDeliveryStore()::bind);
        stores.add(SharingAgreementStore.class, new MemorySharingAgreementStore()::bind);
        stores.add(ConsentStore.class, new MemoryConsentStore()::bind);
        stores.add(AuditStore.class, new MemoryAuditStore()::bind);
        stores.add(OutboxStore.class, new MemoryOutboxStore()::bind);
    }
}
