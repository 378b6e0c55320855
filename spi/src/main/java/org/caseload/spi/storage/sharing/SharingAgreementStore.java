// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/**
 * Sharing agreements between organizations. Obtained from a {@link StorageSession}. Agreements
 * are never deleted: an agreement that stops applying is ended, and stays on record.
 */
public interface SharingAgreementStore {

    /**
     * Stores a new agreement with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when an agreement with this id exists
     */
    SharingAgreementRecord insert(SharingAgreementRecord agreement);

    /**
     * Replaces an agreement. {@code agreement.version()} is the version the caller read; the stored
     * record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no agreement has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    SharingAgreementRecord update(SharingAgreementRecord agreement);

    Optional<SharingAgreementRecord> findById(String id);

    /**
     * Every agreement this organization is a party to, sharing or receiving, ended ones included,
     * ordered by first day, then id.
     */
    List<SharingAgreementRecord> findByOrganization(String organizationId);
}
