// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls that only read run as reading units of work, which the in-memory storage runs side by side. */
class ReadingCallsTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 4);
    private static final Principal WORKER = TestUsers.user("worker-a", "org-a", Role.CASEWORKER);

    private final InMemoryStorage memory = new InMemoryStorage();
    private final RecordingStorage storage = new RecordingStorage(memory);
    private final Caseload caseload = Caseload.builder().storage(storage).identity(new TestIdentity().as(WORKER))
            .clock(CLOCK).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void close() {
        threads.shutdownNow();
        caseload.close();
    }

    @Test
    void searchesReadsAndIntakeChecksRunAsReadingUnitsAndAreAudited() {
        String clientId = caseload.clients().register(RegisterClient.of("Maria", "Garcia", BORN)).id();
        storage.units.clear();

        caseload.clients().get(clientId);
        caseload.clients().search(ClientSearch.text("Maria Garcia"));
        caseload.duplicates().check(ClientDetails.named("Maria", "Garcia"));
        caseload.duplicates().links(clientId);

        assertThat(storage.units).containsExactly("reading", "reading", "reading", "reading");
        List<AuditEntry> audited = memory.inTransaction(session ->
                session.audit().find(AuditQuery.forOrganization("org-a", 100)));
        assertThat(audited).extracting(AuditEntry::action).containsSubsequence("client.register", "client.get",
                "client.search", "client.duplicates.check", "client.links");
    }

    @Test
    void aCallThatWritesRunsAsAWritingUnit() {
        caseload.clients().register(RegisterClient.of("Maria", "Garcia", BORN));

        assertThat(storage.units).containsExactly("writing");
    }

    @Test
    void aSearchCompletesWhileAnotherReadingUnitIsRunning() throws Exception {
        caseload.clients().register(RegisterClient.of("Maria", "Garcia", BORN));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> reader = threads.submit(() -> memory.inReadingTransaction(session -> {
            inside.countDown();
            try {
                return release.await(120, SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(inside.await(30, SECONDS)).isTrue();

        Future<List<ClientMatch>> search = threads.submit(() -> caseload.clients().search(
                ClientSearch.text("Maria Garcia")));

        // Were searches run in exclusive units, this one would wait for the reader, which waits for this line.
        assertThat(search.get(30, SECONDS)).isNotEmpty();
        release.countDown();
        reader.get(30, SECONDS);
    }

    /** Forwards to a storage, recording the kind of each unit of work a call starts. */
    private static final class RecordingStorage implements Storage {
        private final Storage storage;
        private final Queue<String> units = new ConcurrentLinkedQueue<>();

        RecordingStorage(Storage storage) {
            this.storage = storage;
        }

        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
            units.add("writing");
            return storage.inTransaction(work);
        }

        @Override
        public <T> T inReadingTransaction(UnitOfWork<T> work) {
            units.add("reading");
            return storage.inReadingTransaction(work);
        }
    }
}
