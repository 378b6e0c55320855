// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.ui.Notification;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.sla.SlaSweepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runtimes sweeping the same clocks at once, as two nodes of a host would: every clock and
 * state is told of exactly once between them.
 */
class SlaSweepTwoNodeTest {

    private static final int TICKETS = 60;

    @TempDir
    Path folder;

    @Test
    void twoRuntimesOnOneDatabaseFileTellOfEachBreachOnce() throws Exception {
        char[] password = "two-Nodes-1".toCharArray();
        try (JdbcStorage first = JdbcStorage.embedded(folder, password);
             JdbcStorage second = JdbcStorage.embedded(folder, password)) {
            sweepTogether(first, second);
        }
    }

    @Test
    void twoRuntimesOnOneInMemoryStorageTellOfEachBreachOnce() throws Exception {
        InMemoryStorage storage = new InMemoryStorage();
        sweepTogether(storage, storage);
    }

    private static void sweepTogether(Storage firstStorage, Storage secondStorage) throws Exception {
        try (SlaTestBed first = new SlaTestBed(firstStorage, SlaTestBed.toronto("2025-01-06T09:00"));
             SlaTestBed second = new SlaTestBed(secondStorage, SlaTestBed.toronto("2025-01-06T09:00"))) {
            first.desk(context -> {
                for (int i = 0; i < TICKETS; i++) {
                    first.tracker.start(context, "desk-" + i, Priority.CRITICAL);
                }
            });
            // Past every first-response due time (09:15) and before any resolution's near breach (10:36).
            for (SlaTestBed node : List.of(first, second)) {
                node.at("2025-01-06T09:20");
                node.identity.as(SlaTestBed.SCHEDULER);
            }

            List<SlaSweepResult> results = runTogether(List.of(first.serviceLevels::sweep, second.serviceLevels::sweep,
                    first.serviceLevels::sweep, second.serviceLevels::sweep));

            assertThat(results.stream().mapToInt(SlaSweepResult::breaches).sum()).isEqualTo(TICKETS);
            assertThat(results.stream().mapToInt(SlaSweepResult::nearBreaches).sum()).isZero();
            List<Notification> told = new ArrayList<>(first.notifier.delivered());
            told.addAll(second.notifier.delivered());
            assertThat(told).hasSize(TICKETS).extracting(Notification::subject).doesNotHaveDuplicates();
            assertThat(first.audit("sla.sweep")).filteredOn(entry -> entry.recordId() != null).hasSize(TICKETS);
        }
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
