// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

/**
 * The contract of the stores {@code caseload-core} contributes: clients and their duplicates,
 * casework, sharing, audit and the outbox, with how a session hands them out, reading units of work
 * and thread safety.
 * Runs on any storage that has core's stores, such as an in-memory storage with core alone.
 */
public interface CoreStorageContract extends StoreLookupContract, ConcurrencyContract, ReadingUnitContract,
        ClientStoreContract, MatchKeyLookupContract,
        ClientDuplicatesContract, AuditStoreContract, OutboxStoreContract,
        HouseholdStoreContract, ProjectStoreContract, EnrollmentStoreContract, CaseNoteStoreContract,
        ServiceCatalogStoreContract, ServiceDeliveryStoreContract,
        SharingAgreementStoreContract, ConsentStoreContract {
}
