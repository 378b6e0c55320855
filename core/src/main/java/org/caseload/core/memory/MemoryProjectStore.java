// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ProjectStore;

/** Projects; accessed only under the storage's lock, which also makes every read a locking read. */
final class MemoryProjectStore {

    private static final Comparator<ProjectRecord> BY_NAME = Comparator
            .comparing(ProjectRecord::name)
            .thenComparing(ProjectRecord::id);

    private final Map<String, ProjectRecord> byId = new HashMap<>();

    ProjectStore bind(List<Runnable> undoLog) {
        return new ProjectStore() {
            @Override
            public ProjectRecord insert(ProjectRecord project) {
                if (byId.containsKey(project.id())) {
                    throw new StorageException("a project with id " + project.id() + " already exists");
                }
                ProjectRecord stored = project.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public Optional<ProjectRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Optional<ProjectRecord> findForUpdate(String id) {
                // Units of work are already serialized by the storage's lock.
                return findById(id);
            }

            @Override
            public List<ProjectRecord> findByOrganization(String organizationId) {
                return byId.values().stream()
                        .filter(project -> project.organizationId().equals(organizationId))
                        .sorted(BY_NAME)
                        .toList();
            }
        };
    }
}
