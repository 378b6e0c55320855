// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.project;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.ProjectStore}: projects by organization and name,
 * and the lock that serializes the units of work checking a project's enrollment rules.
 */
public interface ProjectStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void projectInsertStoresItAtVersionOne() {
        Storage storage = storage();
        ProjectRecord project = project(unique("org"), "Harbor emergency shelter").withVersion(5);

        ProjectRecord inserted = storage.inTransaction(session -> session.projects().insert(project));

        assertThat(inserted).isEqualTo(project.withVersion(1));
        assertThat(findById(storage, project.id())).contains(inserted);
        assertThat(findForUpdate(storage, project.id())).contains(inserted);
    }

    @Test
    default void projectInsertOfAnExistingIdFailsAndKeepsTheStoredProject() {
        Storage storage = storage();
        ProjectRecord project = project(unique("org"), "Rapid rehousing");
        inUnit(storage, session -> session.projects().insert(project));

        assertThatThrownBy(() -> storage.inTransaction(session ->
                session.projects().insert(project(project.id(), unique("org"), "Other"))))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, project.id())).contains(project);
    }

    @Test
    default void unknownProjectsAreNotFoundWithOrWithoutALock() {
        Storage storage = storage();
        String unknown = unique("project");

        assertThat(findById(storage, unknown)).isEmpty();
        assertThat(findForUpdate(storage, unknown)).isEmpty();
    }

    @Test
    default void findByOrganizationReturnsItsProjectsByNameThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("project");
        ProjectRecord shelter = project(prefix + "-a", org, "Shelter");
        ProjectRecord outreachB = project(prefix + "-c", org, "Outreach");
        ProjectRecord outreachA = project(prefix + "-b", org, "Outreach");
        ProjectRecord otherOrganization = project(unique("org"), "Another");
        inUnit(storage, session -> List.of(shelter, outreachB, outreachA, otherOrganization)
                .forEach(session.projects()::insert));

        assertThat(findByOrganization(storage, org))
                .containsExactly(outreachA, outreachB, shelter);
        assertThat(findByOrganization(storage, unique("org"))).isEmpty();
    }

    /**
     * Each unit locks the project, counts the projects of a second organization and adds one named
     * after the count. Only if the lock makes the units run one at a time do the names come out
     * all different: otherwise two units count the same projects.
     */
    @Test
    default void unitsThatLockTheSameProjectRunOneAfterAnother() throws Exception {
        Storage storage = storage();
        ProjectRecord locked = project(unique("org"), "Locked");
        String counted = unique("org");
        inUnit(storage, session -> session.projects().insert(locked));
        int threads = 8;
        int unitsPerThread = 5;

        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(executor.submit(() -> {
                    start.await();
                    for (int unit = 0; unit < unitsPerThread; unit++) {
                        inUnit(storage, session -> {
                            assertThat(session.projects().findForUpdate(locked.id())).isPresent();
                            int before = session.projects().findByOrganization(counted).size();
                            session.projects().insert(project(counted, String.format("p%03d", before)));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get(60, SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(findByOrganization(storage, counted))
                .extracting(ProjectRecord::name)
                .containsExactlyElementsOf(IntStream.range(0, threads * unitsPerThread)
                        .mapToObj(count -> String.format("p%03d", count))
                        .toList());
    }

    @Test
    default void aUnitThatThrowsLeavesNoProject() {
        Storage storage = storage();
        String org = unique("org");
        ProjectRecord project = project(org, "Dropped");

        inRolledBackUnit(storage, session -> session.projects().insert(project));

        assertThat(findById(storage, project.id())).isEmpty();
        assertThat(findByOrganization(storage, org)).isEmpty();
    }

    private static Optional<ProjectRecord> findForUpdate(Storage storage, String id) {
        return storage.inTransaction(session -> session.projects().findForUpdate(id));
    }

    private static List<ProjectRecord> findByOrganization(Storage storage, String organizationId) {
        return storage.inTransaction(session -> session.projects().findByOrganization(organizationId));
    }

    private static Optional<ProjectRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.projects().findById(id));
    }
}
