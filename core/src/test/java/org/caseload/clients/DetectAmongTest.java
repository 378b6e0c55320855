// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.ScoredPair;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DetectAmongTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 4);
    private static final Principal READER = TestUsers.user("reader", "org-a", Role.CLIENT_READER);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caseload caseload = Caseload.builder().storage(storage).identity(new TestIdentity().as(READER))
            .clock(CLOCK).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void findsThePairsAmongDescribedClientsByPositionAndStoresNothing() {
        List<ClientDetails> clients = List.of(
                maria(), ClientDetails.named("Luis", "Okafor").withDateOfBirth(BORN.minusYears(9), DobDataQuality.FULL),
                maria());
        List<ScoredPair> pairs = new ArrayList<>();

        DetectedAmong detected = caseload.duplicates().detectAmong(DetectAmong.probable(clients), pairs::add);

        assertThat(detected.refused()).isEmpty();
        assertThat(detected.summary().subjects()).isEqualTo(3);
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.idA()).isEqualTo("0");
            assertThat(pair.idB()).isEqualTo("2");
        });
        assertThat(caseload.clients().search(ClientSearch.text("maria garcia"))).isEmpty();
        List<AuditEntry> audit = storage.inTransaction(session -> session.audit().find(new AuditQuery(null, null,
                null, null, null, 10)));
        assertThat(audit).anySatisfy(entry -> assertThat(entry.toString()).contains("client.duplicates.detectAmong")
                .contains("3 clients described, 0 refused"));
    }

    @Test
    void aDescriptionThatBreaksARuleIsRepairedOrReportedByItsPositionAlone() {
        ClientDetails tooOld = maria().withDateOfBirth(LocalDate.of(1850, 1, 1), DobDataQuality.FULL);
        ClientDetails tooLong = ClientDetails.named("N".repeat(101), "Long");
        List<Integer> offered = new ArrayList<>();
        DetectAmong command = new DetectAmong(List.of(maria(), tooOld, tooLong), MatchClassification.PROBABLE, null,
                null, 1, (index, details, violations) -> {
                    offered.add(index);
                    return violations.stream().allMatch(v -> v.path().equals("details.dateOfBirth"))
                            ? details.withDateOfBirth(null, DobDataQuality.DATA_NOT_COLLECTED) : null;
                });
        List<ScoredPair> pairs = new ArrayList<>();

        DetectedAmong detected = caseload.duplicates().detectAmong(command, pairs::add);

        assertThat(offered).containsExactly(1, 2);
        assertThat(detected.summary().subjects()).isEqualTo(2);
        assertThat(detected.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.index()).isEqualTo(2);
            assertThat(refused.violations()).extracting(v -> v.path()).contains("details.firstName");
            assertThat(refused.violations().toString()).doesNotContain("NNN");
        });
        assertThat(pairs).singleElement().satisfies(pair -> assertThat(pair.idB()).isEqualTo("1"));
    }

    @Test
    void reportsProgressOverThreePassesAndStopsWhenCancelled() {
        List<ClientDetails> many = IntStream.range(0, 3_000)
                .mapToObj(i -> ClientDetails.named("Name" + i, "Surname" + i)).toList();
        List<long[]> progress = new ArrayList<>();
        caseload.duplicates().detectAmong(new DetectAmong(many, MatchClassification.PROBABLE,
                (done, total) -> progress.add(new long[] {done, total}), null, 2, null), pair -> { });
        AtomicInteger polls = new AtomicInteger();

        DetectedAmong cancelled = caseload.duplicates().detectAmong(new DetectAmong(many,
                MatchClassification.PROBABLE, null, () -> polls.incrementAndGet() > 1, 2, null), pair -> { });

        assertThat(progress.get(progress.size() - 1)).containsExactly(9_000L, 9_000L);
        assertThat(progress).extracting(p -> p[1]).containsOnly(9_000L);
        assertThat(progress).extracting(p -> p[0]).isSorted();
        assertThat(cancelled.summary().cancelled()).isTrue();
        assertThat(cancelled.summary().subjects()).isLessThan(many.size());
    }

    private static ClientDetails maria() {
        return ClientDetails.named("Maria", "Garcia").withDateOfBirth(BORN, DobDataQuality.FULL)
                .withSsn("123456789", SsnDataQuality.FULL);
    }
}
