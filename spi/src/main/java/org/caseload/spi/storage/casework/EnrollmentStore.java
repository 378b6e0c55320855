// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/** Enrollments of clients in projects. Obtained from a {@link StorageSession}. */
public interface EnrollmentStore {

    /**
     * Stores a new enrollment with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when an enrollment with this id exists
     */
    EnrollmentRecord insert(EnrollmentRecord enrollment);

    /**
     * Replaces an enrollment. {@code enrollment.version()} is the version the caller read; the
     * stored record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no enrollment has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    EnrollmentRecord update(EnrollmentRecord enrollment);

    /** The enrollment with this id, in any organization. */
    Optional<EnrollmentRecord> findById(String id);

    /** Every enrollment of a client, in any organization, latest entry date first, then by id. */
    List<EnrollmentRecord> findByClient(String clientId);

    /** Every enrollment made with a household, in any project, latest entry date first, then by id. */
    List<EnrollmentRecord> findByHousehold(String householdId);
}
