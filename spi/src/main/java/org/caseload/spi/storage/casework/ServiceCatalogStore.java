// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/** The service groups and service types organizations define. Obtained from a {@link StorageSession}. */
public interface ServiceCatalogStore {

    /**
     * Stores a new group with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a group with this id exists
     */
    ServiceGroupRecord insertGroup(ServiceGroupRecord group);

    /**
     * Stores a new type with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.NotFoundException when its group does not exist
     * @throws org.caseload.spi.error.StorageException when a type with this id exists
     */
    ServiceTypeRecord insertType(ServiceTypeRecord type);

    /** The group with this id, in any organization. */
    Optional<ServiceGroupRecord> findGroup(String id);

    /** The type with this id, in any organization. */
    Optional<ServiceTypeRecord> findType(String id);

    /** The groups of one organization, by name, then by id. */
    List<ServiceGroupRecord> groupsOf(String organizationId);

    /** The types of one organization, by name, then by id. */
    List<ServiceTypeRecord> typesOf(String organizationId);
}
