// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/**
 * Households and their members. Obtained from a {@link StorageSession}.
 *
 * <p>A client is primary in at most one household of each organization (each organization keeps
 * its own view of where a client lives, and one organization's choice neither changes nor reveals
 * another's). A write that would make a client primary in a second household of the same
 * organization fails with a {@link org.caseload.spi.error.StorageException} and writes
 * nothing; databases enforce this with a unique index, so it holds across concurrent units too.
 */
public interface HouseholdStore {

    /**
     * Stores a new household with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a household with this id exists, or a
     *         member would become primary in a second household of the same organization
     */
    HouseholdRecord insert(HouseholdRecord household);

    /**
     * Replaces a household and its members. {@code household.version()} is the version the caller
     * read; the stored record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no household has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     * @throws org.caseload.spi.error.StorageException when a member would become primary in a
     *         second household of the same organization
     */
    HouseholdRecord update(HouseholdRecord household);

    /** The household with this id, in any organization. */
    Optional<HouseholdRecord> findById(String id);

    /** The households this client is a member of, in any organization, oldest first (then by id). */
    List<HouseholdRecord> findByMember(String clientId);
}
