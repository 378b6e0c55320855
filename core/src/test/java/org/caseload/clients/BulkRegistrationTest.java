// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.linkage.DetectionSummary;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.identity.Principal;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkRegistrationTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 4);
    private static final Principal WORKER = TestUsers.user("worker-a", "org-a", Role.DATA_QUALITY_STAFF);
    private static final Principal READER = TestUsers.user("reader", "org-a", Role.CLIENT_READER);

    private final TestIdentity identity = new TestIdentity().as(WORKER);
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity)
            .clock(CLOCK).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void registersProbableDuplicatesWithoutTheIntakeCheck() {
        RegisterClient maria = RegisterClient.of("Maria", "Garcia", BORN);
        caseload.clients().register(maria);
        assertThatThrownBy(() -> caseload.clients().register(maria)).isInstanceOf(ProbableDuplicateException.class);

        RegisteredClients loaded = caseload.clients().registerAll(RegisterClients.of(List.of(maria, maria)));

        assertThat(loaded.clientIds()).hasSize(2).doesNotHaveDuplicates();
        assertThat(loaded.refused()).isEmpty();
        assertThat(loaded.cancelled()).isFalse();
        assertThat(caseload.clients().get(loaded.clientIds().get(1)).details().lastName()).isEqualTo("Garcia");
        List<ScoredPairIds> found = new ArrayList<>();
        DetectionSummary summary = caseload.duplicates().detect(DetectDuplicates.probableInOwnOrganization(),
                pair -> found.add(new ScoredPairIds(pair.idA(), pair.idB())));
        assertThat(summary.subjects()).isEqualTo(3);
        assertThat(found).hasSize(3);
    }

    @Test
    void reportsARefusedRegistrationByItsIndexAndRegistersTheOthers() {
        RegisterClient nameless = new RegisterClient(ClientDetails.named("A".repeat(101), "Lopez"), List.of());

        RegisteredClients loaded = caseload.clients().registerAll(RegisterClients.of(List.of(
                RegisterClient.of("Ana", "Lopez", BORN), nameless, RegisterClient.of("Luis", "Lopez", BORN))));

        assertThat(loaded.clientIds()).hasSize(2);
        assertThat(loaded.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.index()).isEqualTo(1);
            assertThat(refused.violations()).isNotEmpty();
        });
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        List<RegisterClient> many = IntStream.range(0, 1_000)
                .mapToObj(i -> RegisterClient.of("Name" + i, "Surname" + i, null)).toList();
        List<Long> progress = new ArrayList<>();
        AtomicInteger polls = new AtomicInteger();

        RegisteredClients all = caseload.clients().registerAll(
                new RegisterClients(many, (done, total) -> progress.add(done), null));
        RegisteredClients stopped = caseload.clients().registerAll(
                new RegisterClients(many, null, () -> polls.incrementAndGet() > 2));

        assertThat(progress).startsWith(0L).endsWith(1_000L).isSorted();
        assertThat(all.clientIds()).hasSize(1_000);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.clientIds()).hasSizeBetween(1, 999);
    }

    @Test
    void needsTheWritePermission() {
        identity.as(READER);

        assertThatThrownBy(() -> caseload.clients().registerAll(RegisterClients.of(List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bulkDetectionReadsEveryClientAcrossManyScanPages() {
        List<RegisterClient> many = IntStream.range(0, 2_500)
                .mapToObj(i -> RegisterClient.of("Name" + i, "Surname" + i, null)).toList();
        caseload.clients().registerAll(RegisterClients.of(many));

        DetectionSummary summary = caseload.duplicates().detect(DetectDuplicates.probableInOwnOrganization(),
                pair -> { });

        assertThat(summary.subjects()).isEqualTo(2_500);
    }

    private record ScoredPairIds(String a, String b) {
    }
}
