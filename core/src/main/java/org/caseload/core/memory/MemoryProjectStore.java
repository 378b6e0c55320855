// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ProjectStore;

/** Projects; accessed only under the storage's lock, which also makes every read a locking read. */
final class MemoryProjectStore {

    private static final Comparator<ProjectRecord> BY_NAME = Comparator
            .comparing(ProjectRecord::name)
            .thenComparing(ProjectRecord::id);

    private final VersionedRecords<String, ProjectRecord> records = VersionedRecords.byId("project", "a project",
            ProjectRecord::id, ProjectRecord::version, ProjectRecord::withVersion);

    ProjectStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ProjectRecord> implements ProjectStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public Optional<ProjectRecord> findForUpdate(String id) {
            // Units of work are already serialized by the storage's lock.
            return findById(id);
        }

        @Override
        public List<ProjectRecord> findByOrganization(String organizationId) {
            return select(project -> project.organizationId().equals(organizationId), BY_NAME);
        }
    }
}
