// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/** The projects clients are enrolled in. Obtained from a {@link StorageSession}. */
public interface ProjectStore {

    /**
     * Stores a new project with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a project with this id exists
     */
    ProjectRecord insert(ProjectRecord project);

    /** The project with this id, in any organization. */
    Optional<ProjectRecord> findById(String id);

    /**
     * The project with this id, locked until the unit of work ends: another unit's
     * {@code findForUpdate} of the same project waits until then. Core takes this lock before it
     * checks the enrollment rules of a project, so that two units cannot both pass a check that
     * only one of them may pass. Plain reads are not blocked.
     */
    Optional<ProjectRecord> findForUpdate(String id);

    /** The projects of one organization, by name, then by id. */
    List<ProjectRecord> findByOrganization(String organizationId);
}
