// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

/**
 * The whole contract of {@link org.caseload.spi.storage.Storage}: every store, the unit of work and
 * its thread safety. A storage implementation's test class implements this interface and returns
 * the storage under test from {@link #storage()}:
 *
 * <pre>{@code
 * class InMemoryStorageContractTest implements StorageContract {
 *     @Override
 *     public Storage storage() {
 *         return new InMemoryStorage();
 *     }
 * }
 * }</pre>
 *
 * <p>The tests use only the SPI, so they hold for every implementation alike.
 */
public interface StorageContract extends TransactionContract, ConcurrencyContract, ClientStoreContract,
        ClientDuplicatesContract,
        TicketStoreContract, AuditStoreContract, OutboxStoreContract, ArticleFeedbackStoreContract,
        SearchMissStoreContract,
        HouseholdStoreContract, ProjectStoreContract, EnrollmentStoreContract, CaseNoteStoreContract,
        ServiceCatalogStoreContract, ServiceDeliveryStoreContract,
        TicketQueryContract, TicketScreenshotContract, TicketHistoryStoreContract,
        SharingAgreementStoreContract, ConsentStoreContract,
        DeskStoreContract, SupportLinkStoreContract, SlaClockStoreContract {
}
