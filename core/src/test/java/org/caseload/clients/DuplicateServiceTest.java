// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchField;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

class DuplicateServiceTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 4);
    private static final Principal WORKER_A = TestUsers.user("worker-a", "org-a", Role.DATA_QUALITY_STAFF);
    private static final Principal WORKER_B = TestUsers.user("worker-b", "org-b", Role.CASEWORKER);
    private static final Principal SYSTEM = TestUsers.user("root", "vendor", Role.SYSTEM_ADMINISTRATOR);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestIdentity identity = new TestIdentity().as(WORKER_A);
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(CLOCK).build();
    private final ClientService clients = caseload.clients();
    private final DuplicateService duplicates = caseload.duplicates();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void twinsAreNotProbableDuplicates() {
        Client maria = clients.register(RegisterClient.of("Maria", "Garcia", BORN));

        List<DuplicateCandidate> found = duplicates.check(ClientDetails.named("Lucia", "Garcia")
                .withDateOfBirth(BORN, org.caseload.spi.hud.DobDataQuality.FULL));

        assertThat(found).singleElement().satisfies(candidate -> {
            assertThat(candidate.client().id()).isEqualTo(maria.id());
            assertThat(candidate.match().classification()).isEqualTo(MatchClassification.POSSIBLE);
            assertThat(candidate.match().agreement(MatchField.FIRST_NAME)).isEqualTo(FieldAgreement.DISAGREE);
        });
        assertThat(clients.register(RegisterClient.of("Lucia", "Garcia", BORN)).id()).isNotEqualTo(maria.id());
    }

    @Test
    void findsADuplicateWithANicknameAndASurnameTypoAndNoSsn() {
        Client william = clients.register(RegisterClient.of(
                ClientDetails.named("William", "Johnson").withDateOfBirth(BORN,
                        org.caseload.spi.hud.DobDataQuality.FULL).withSsn("123-45-6789", SsnDataQuality.FULL)));

        List<DuplicateCandidate> found = duplicates.check(ClientDetails.named("Bill", "Jonson")
                .withDateOfBirth(BORN, org.caseload.spi.hud.DobDataQuality.FULL));

        assertThat(found).first().satisfies(candidate -> {
            assertThat(candidate.client().id()).isEqualTo(william.id());
            assertThat(candidate.match().classification()).isEqualTo(MatchClassification.PROBABLE);
            assertThat(candidate.match().agreement(MatchField.FIRST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
            assertThat(candidate.match().agreement(MatchField.LAST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
            assertThat(candidate.match().agreement(MatchField.SSN)).isEqualTo(FieldAgreement.MISSING);
        });
    }

    @Test
    void intakeRefusesAProbableDuplicateAndCreatesNothingUnlessConfirmed() {
        Client maria = clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        RegisterClient again = RegisterClient.of("Mary", "Garcia", BORN);

        assertThatThrownBy(() -> clients.register(again))
                .isInstanceOfSatisfying(ProbableDuplicateException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.PROBABLE_DUPLICATE);
                    assertThat(refused.matches()).extracting(ScoredPair::idB).containsExactly(maria.id());
                    assertThat(refused.getMessage()).doesNotContain("Mary").doesNotContain("Garcia").doesNotContain("1980");
                });
        assertThat(clients.search(ClientSearch.text("garcia"))).extracting(match -> match.client().id())
                .containsExactly(maria.id());

        Client confirmed = clients.register(again.confirmingDuplicates());

        assertThat(clients.search(ClientSearch.text("garcia"))).hasSize(2);
        assertThat(audit()).filteredOn(entry -> confirmed.id().equals(entry.recordId()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("probable duplicates").contains(maria.id()));
    }

    @Test
    void theIntakeCheckSeesOnlyWhatTheCallerMaySee() {
        clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        identity.as(WORKER_B);

        assertThat(duplicates.check(ClientDetails.named("Maria", "Garcia")
                .withDateOfBirth(BORN, org.caseload.spi.hud.DobDataQuality.FULL))).isEmpty();
        assertThat(clients.register(RegisterClient.of("Maria", "Garcia", BORN)).organizationId()).isEqualTo("org-b");
    }

    @Test
    void freeTextSearchReadsNamesInAnyOrderADateAndAnSsnsLastFour() {
        Client jonathan = clients.register(RegisterClient.of(ClientDetails.named("Jonathan", "Smith")
                .withDateOfBirth(BORN, org.caseload.spi.hud.DobDataQuality.FULL)
                .withSsn("123-45-6789", SsnDataQuality.FULL)));
        Client other = clients.register(RegisterClient.of("Jonathan", "Smith", LocalDate.of(1991, 7, 20)));

        assertThat(clients.search(ClientSearch.text("jon smith 3/4/1980")))
                .extracting(match -> match.client().id()).startsWith(jonathan.id());
        assertThat(clients.search(ClientSearch.text("smith jonathan 6789")))
                .extracting(match -> match.client().id()).startsWith(jonathan.id());
        assertThat(clients.search(ClientSearch.of(null, "Smith", LocalDate.of(1991, 7, 20), null)))
                .extracting(match -> match.client().id()).startsWith(other.id());
        assertThat(clients.search(ClientSearch.text(other.id())))
                .first().satisfies(match -> {
                    assertThat(match.client().id()).isEqualTo(other.id());
                    assertThat(match.score()).isEqualTo(1.0);
                });
    }

    @Test
    void searchPagesDoNotOverlap() {
        for (String first : List.of("Ana", "Beatriz", "Carla", "Diana", "Elena")) {
            clients.register(RegisterClient.of(first, "Moreno", LocalDate.of(1970 + first.length(), 1, 2))
                    .confirmingDuplicates());
        }

        List<String> firstPage = ids(clients.search(ClientSearch.text("moreno").page(0, 3)));
        List<String> secondPage = ids(clients.search(ClientSearch.text("moreno").page(3, 3)));

        assertThat(firstPage).hasSize(3);
        assertThat(secondPage).hasSize(2).doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void bulkDetectionReportsProbablePairsOfTheOrganizationWithProgress() {
        Client maria = clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        Client mary = clients.register(RegisterClient.of("Mary", "Garcia", BORN).confirmingDuplicates());
        clients.register(RegisterClient.of("Pedro", "Alvarez", LocalDate.of(1965, 9, 1)));
        identity.as(WORKER_B);
        clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        identity.as(WORKER_A);
        List<long[]> progress = new ArrayList<>();
        List<ScoredPair> pairs = new ArrayList<>();

        DetectionSummary summary = duplicates.detect(new DetectDuplicates(false, MatchClassification.PROBABLE,
                (done, total) -> progress.add(new long[] {done, total}), null), pairs::add);

        assertThat(summary.subjects()).isEqualTo(3);
        assertThat(summary.cancelled()).isFalse();
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.idA(), pair.idB())).containsExactly(
                    maria.id().compareTo(mary.id()) < 0 ? maria.id() : mary.id(),
                    maria.id().compareTo(mary.id()) < 0 ? mary.id() : maria.id());
            assertThat(pair.classification()).isEqualTo(MatchClassification.PROBABLE);
        });
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(6, 6);
    }

    @Test
    void bulkDetectionStopsWhenCancelledWhileEstimatingOrWhileScoring() {
        for (int i = 0; i < 30; i++) {
            clients.register(RegisterClient.of("Maria", "Garcia", BORN).confirmingDuplicates());
        }
        List<ScoredPair> pairs = new ArrayList<>();

        DetectionSummary whileEstimating = duplicates.detect(new DetectDuplicates(false,
                MatchClassification.PROBABLE, null, () -> true), pairs::add);
        AtomicInteger polls = new AtomicInteger();
        DetectionSummary whileScoring = duplicates.detect(new DetectDuplicates(false, MatchClassification.PROBABLE,
                null, () -> polls.incrementAndGet() > 1), pairs::add);

        assertThat(whileEstimating.cancelled()).isTrue();
        assertThat(whileScoring.cancelled()).isTrue();
        assertThat(pairs).isEmpty();
        assertThat(audit()).last().satisfies(entry -> assertThat(entry.detail()).contains("cancelled"));
    }

    @Test
    void everyOrganizationNeedsTheSystemAdministrator() {
        assertThatThrownBy(() -> duplicates.detect(new DetectDuplicates(true, MatchClassification.PROBABLE, null, null),
                pair -> { })).isInstanceOf(AccessDeniedException.class).hasMessageContaining("system.admin");

        clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        identity.as(WORKER_B);
        clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        identity.as(SYSTEM);
        List<ScoredPair> pairs = new ArrayList<>();

        duplicates.detect(new DetectDuplicates(true, MatchClassification.PROBABLE, null, null), pairs::add);

        assertThat(pairs).hasSize(1);
    }

    @Test
    void aLinkedPairIsNoLongerReportedAndCanBeUnlinked() {
        Client maria = clients.register(RegisterClient.of("Maria", "Garcia", BORN));
        Client mary = clients.register(RegisterClient.of("Mary", "Garcia", BORN).confirmingDuplicates());

        ClientLink link = duplicates.link(new LinkClients(mary.id(), maria.id(), "same person, two programs"));

        assertThat(duplicates.links(maria.id())).containsExactly(link);
        assertThat(detected()).isEmpty();
        assertThatThrownBy(() -> duplicates.link(new LinkClients(maria.id(), mary.id(), "again")))
                .isInstanceOf(InvalidTransitionException.class);

        duplicates.unlink(new UnlinkClients(link.id(), "linked by mistake"));

        assertThat(duplicates.links(maria.id())).isEmpty();
        assertThat(detected()).hasSize(1);
    }

    private List<ScoredPair> detected() {
        List<ScoredPair> pairs = new ArrayList<>();
        duplicates.detect(DetectDuplicates.probableInOwnOrganization(), pairs::add);
        return pairs;
    }

    private List<AuditEntry> audit() {
        return storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization("org-a", 1_000)));
    }

    private static List<String> ids(List<ClientMatch> matches) {
        return matches.stream().map(match -> match.client().id()).toList();
    }
}
