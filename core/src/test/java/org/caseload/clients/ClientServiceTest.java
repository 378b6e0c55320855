// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.FieldComparison;
import org.caseload.linkage.MatchField;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

class ClientServiceTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final Principal WORKER_A = TestUsers.user("worker-a", "org-a", Role.CASEWORKER);
    private static final Principal WORKER_B = TestUsers.user("worker-b", "org-b", Role.CASEWORKER);
    private static final Principal READER_A = TestUsers.user("reader-a", "org-a", Role.CLIENT_READER);
    private static final Principal SYSTEM = TestUsers.user("root", "vendor", Role.SYSTEM_ADMINISTRATOR);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestIdentity identity = new TestIdentity().as(WORKER_A);
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(CLOCK).build();
    private final ClientService clients = caseload.clients();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void registersAClientAndReadsItBack() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));

        Client read = clients.get(registered.id());

        assertThat(read).isEqualTo(registered);
        assertThat(read.organizationId()).isEqualTo("org-a");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void storesNamesTrimmedAndInComposedUnicode() {
        String decomposedJose = "Jose\u0301";
        Client registered = clients.register(RegisterClient.of(ClientDetails.named("", "")
                .withName("  " + decomposedJose + "  ", " ", "de  la Cruz", null, NameDataQuality.FULL)));

        assertThat(registered.details().firstName()).isEqualTo("Jos\u00e9");
        assertThat(registered.details().middleName()).isNull();
        assertThat(registered.details().lastName()).isEqualTo("de la Cruz");
    }

    @Test
    void findsAClientByNamePartsInAnyOrderIgnoringCaseAndAccents() {
        Client jose = clients.register(RegisterClient.of("José", "García-López", null));
        clients.register(RegisterClient.of("Ana", "Smith", null));

        List<ClientMatch> matches = clients.search(ClientSearch.byName("lopez JOSE"));

        assertThat(matches).extracting(match -> match.client().id()).containsExactly(jose.id());
        assertThat(matches.get(0).fields()).contains(
                new FieldComparison(MatchField.FIRST_NAME, FieldAgreement.AGREE),
                new FieldComparison(MatchField.LAST_NAME, FieldAgreement.PARTIAL),
                new FieldComparison(MatchField.DATE_OF_BIRTH, FieldAgreement.MISSING));
    }

    @Test
    void ranksFullMatchesAbovePartialOnes() {
        Client partial = clients.register(RegisterClient.of("John", "Miller", null));
        Client full = clients.register(RegisterClient.of("John", "Smith", null));

        List<ClientMatch> matches = clients.search(ClientSearch.byName("john smith"));

        assertThat(matches).extracting(match -> match.client().id()).containsExactly(full.id(), partial.id());
        assertThat(matches.get(0).score()).isGreaterThan(0.9);
        assertThat(matches.get(1).score()).isLessThan(0.05);
    }

    @Test
    void aUserOfAnotherOrganizationCannotReadOrFindTheClient() {
        Client ofA = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));

        identity.as(WORKER_B);

        assertThatThrownBy(() -> clients.get(ofA.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("client " + ofA.id() + " was not found");
        assertThat(clients.search(ClientSearch.byName("maria garcia"))).isEmpty();
    }

    @Test
    void anUnknownIdAndAnotherOrganizationsIdFailTheSameWay() {
        Client ofA = clients.register(RegisterClient.of("Maria", "Garcia", null));
        identity.as(WORKER_B);

        Throwable hidden = catchThrowable(() -> clients.get(ofA.id()));
        Throwable missing = catchThrowable(() -> clients.get("no-such-id"));

        assertThat(hidden).isExactlyInstanceOf(missing.getClass());
        assertThat(hidden.getMessage().replace(ofA.id(), "ID")).isEqualTo(missing.getMessage().replace("no-such-id", "ID"));
    }

    @Test
    void aSystemAdministratorSeesEveryOrganization() {
        Client ofA = clients.register(RegisterClient.of("Maria", "Garcia", null));
        identity.as(WORKER_B);
        Client ofB = clients.register(RegisterClient.of("Mario", "Garcia", null));

        identity.as(SYSTEM);

        assertThat(clients.get(ofA.id())).isEqualTo(ofA);
        assertThat(clients.search(ClientSearch.byName("garcia")))
                .extracting(match -> match.client().id()).containsExactlyInAnyOrder(ofA.id(), ofB.id());
    }

    @Test
    void registeringNeedsTheWritePermission() {
        identity.as(READER_A);

        assertThatThrownBy(() -> clients.register(RegisterClient.of("Maria", "Garcia", null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("client.write");
        List<ClientRecord> stored = storage.inTransaction(session -> session.clients().findByMatchKeys(
                new MatchKeyQuery(Set.of("name:garcia"), Set.of(), 10)));
        assertThat(stored).isEmpty();
    }

    @Test
    void nobodySignedInIsDenied() {
        identity.signOut();

        assertThatThrownBy(() -> clients.search(ClientSearch.byName("garcia")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("authenticated");
        assertThat(auditLog()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.userId()).isEqualTo("anonymous");
                    assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
                });
    }

    @Test
    void anInvalidCommandListsEveryViolationWithoutPersonalData() {
        String longName = "Bartholomew".repeat(10);
        RegisterClient invalid = RegisterClient.of(" ", longName, LocalDate.of(2030, 1, 1));

        assertThatThrownBy(() -> clients.register(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::messageKey).containsExactly(
                            tuple("details.dateOfBirth", "caseload.client.dateOfBirth.future"),
                            tuple("details.firstName", "caseload.client.name.missing"),
                            tuple("details.lastName", "caseload.text.tooLong"));
                    assertThat(e.violations()).extracting(Violation::rejectedValue)
                            .containsExactly("a LocalDate", "blank text of 1 characters", "text of 110 characters");
                    assertThat(e.getMessage()).doesNotContain("Bartholomew").doesNotContain("2030");
                });
        List<ClientRecord> stored = storage.inTransaction(session -> session.clients().findByMatchKeys(
                new MatchKeyQuery(Set.of("name:" + longName.toLowerCase(java.util.Locale.ROOT)), Set.of(), 10)));
        assertThat(stored).isEmpty();
    }

    /**
     * Past a thousand holders, the name keys of a common name select no candidate: the date of
     * birth and the composite keys select, the name keys only rank. The client wanted still comes
     * first, in a search and in an intake check; a search by the name alone still lists
     * namesakes; the search's audit entry counts the keys left to ranking.
     */
    @Test
    void aSearchForACommonNameFindsTheRightClientFirstWithTheCommonKeysOnlyRanking() {
        List<RegisterClient> namesakes = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            namesakes.add(RegisterClient.of("Maria", "Garcia", LocalDate.of(1950, 1, 1).plusDays(i)));
        }
        clients.registerAll(RegisterClients.of(namesakes));
        Client wanted = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4))
                .confirmingDuplicates());

        List<ClientMatch> matches = clients.search(ClientSearch.text("maria garcia 3/4/1980"));
        List<DuplicateCandidate> candidates = caseload.duplicates().check(
                ClientDetails.named("Maria", "Garcia").withDateOfBirth(LocalDate.of(1980, 3, 4), DobDataQuality.FULL));

        List<ClientMatch> byNameOnly = clients.search(ClientSearch.text("maria garcia"));

        // The date of birth selects; the namesakes share only keys held by over a thousand clients.
        assertThat(matches).extracting(match -> match.client().id()).containsExactly(wanted.id());
        assertThat(candidates).first().extracting(candidate -> candidate.client().id()).isEqualTo(wanted.id());
        // With nothing rarer, the least common key selects: a page of namesakes, the wanted one among them.
        assertThat(byNameOnly).hasSize(ClientSearch.DEFAULT_LIMIT);
        assertThat(auditLog()).filteredOn(entry -> entry.action().equals("client.search"))
                .extracting(AuditEntry::detail).asString()
                .contains("keys too common to select by");
    }

    /**
     * Keys each held by fewer than a thousand clients, but by more than the lookup's budget
     * together: the rarest select (here the two names' phonetic codes together), the commoner
     * ones (each name alone) only rank. Clients who share only a first name or only a surname
     * are no candidates; the client wanted comes first in a search and in an intake check.
     */
    @Test
    void aLookupSelectsByItsRarestKeysWithinTheHolderBudget() {
        List<RegisterClient> halfNamesakes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            halfNamesakes.add(RegisterClient.of("Maria", "Lopez", LocalDate.of(1950, 1, 1).plusDays(i)));
            halfNamesakes.add(RegisterClient.of("Ana", "Garcia", LocalDate.of(1950, 1, 1).plusDays(i)));
        }
        clients.registerAll(RegisterClients.of(halfNamesakes));
        Client wanted = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4))
                .confirmingDuplicates());

        List<ClientMatch> matches = clients.search(ClientSearch.text("maria garcia"));
        List<DuplicateCandidate> candidates = caseload.duplicates().check(
                ClientDetails.named("Maria", "Garcia").withDateOfBirth(LocalDate.of(1980, 3, 4), DobDataQuality.FULL));

        assertThat(matches).extracting(match -> match.client().id()).containsExactly(wanted.id());
        assertThat(candidates).extracting(candidate -> candidate.client().id()).containsExactly(wanted.id());
        assertThat(auditLog()).filteredOn(entry -> entry.action().equals("client.search"))
                .extracting(AuditEntry::detail).asString()
                .contains("keys too common to select by");
    }

    /**
     * The budget grows with what the lookup returns: a search's first page (a hundred looked up)
     * selects among at most 150 holders, so the date keys 200 clients born on the day searched for
     * hold only rank, and those clients are no candidates; a page of a hundred (five hundred looked
     * up) selects by the date too, and lists them after the client who has the name.
     */
    @Test
    void theHolderBudgetGrowsWithThePageSearched() {
        LocalDate born = LocalDate.of(1980, 3, 4);
        List<RegisterClient> bornThatDay = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bornThatDay.add(RegisterClient.of("Given" + letters(i), "Surname" + letters(i), born));
        }
        clients.registerAll(RegisterClients.of(bornThatDay));
        Client wanted = clients.register(RegisterClient.of("Maria", "Garcia", born).confirmingDuplicates());

        List<ClientMatch> firstPage = clients.search(ClientSearch.text("maria garcia 3/4/1980"));
        List<ClientMatch> longPage = clients.search(ClientSearch.text("maria garcia 3/4/1980").page(0, 100));

        assertThat(firstPage).extracting(match -> match.client().id()).containsExactly(wanted.id());
        assertThat(longPage).hasSize(100).first().extracting(match -> match.client().id()).isEqualTo(wanted.id());
    }

    /**
     * Every key of the search held by more clients than the lookup's budget (no client has both
     * names, so no composite key is held): the rarest selects, which takes counting past the budget
     * (counted only up to it, every key would tie and the first by name, {@code name:garcia}, would
     * select). Here the first name is the rarer: the page lists Marias, not Garcias.
     */
    @Test
    void withEveryKeyPastTheBudgetTheRarestSelects() {
        List<RegisterClient> namesakes = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i);
            if (i < 600) {
                namesakes.add(RegisterClient.of("Maria", "Surname" + letters(i), born));
            }
            namesakes.add(RegisterClient.of("Given" + letters(i), "Garcia", born));
        }
        clients.registerAll(RegisterClients.of(namesakes));

        List<ClientMatch> matches = clients.search(ClientSearch.text("maria garcia"));

        assertThat(matches).hasSize(ClientSearch.DEFAULT_LIMIT)
                .allSatisfy(match -> assertThat(match.client().details().firstName()).isEqualTo("Maria"));
    }

    /** A distinct run of letters for each number, so that no two generated names are spelled alike. */
    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.toString();
    }

    @Test
    void everyServiceCallAppendsAnAuditEntry() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", null));
        clients.get(registered.id());
        clients.search(ClientSearch.byName("garcia"));
        identity.as(WORKER_B);
        catchThrowable(() -> clients.get(registered.id()));
        identity.as(READER_A);
        catchThrowable(() -> clients.register(RegisterClient.of("A", "B", null)));
        identity.as(WORKER_A);
        catchThrowable(() -> clients.register(RegisterClient.of("", "B", null)));

        assertThat(auditLog())
                .extracting(AuditEntry::userId, AuditEntry::organizationId, AuditEntry::action, AuditEntry::outcome,
                        AuditEntry::recordId)
                .containsExactlyInAnyOrder(
                        tuple("worker-a", "org-a", "client.register", Outcome.SUCCEEDED, registered.id()),
                        tuple("worker-a", "org-a", "client.get", Outcome.SUCCEEDED, registered.id()),
                        tuple("worker-a", "org-a", "client.search", Outcome.SUCCEEDED, null),
                        tuple("worker-b", "org-b", "client.get", Outcome.FAILED, registered.id()),
                        tuple("reader-a", "org-a", "client.register", Outcome.DENIED, null),
                        tuple("worker-a", "org-a", "client.register", Outcome.FAILED, null));
    }

    @Test
    void auditEntriesHoldNoNamesOrDatesOfBirth() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));
        clients.search(ClientSearch.byName("maria garcia"));
        clients.get(registered.id());

        assertThat(auditLog()).allSatisfy(entry -> assertThat(entry.toString())
                .doesNotContainIgnoringCase("maria")
                .doesNotContainIgnoringCase("garcia")
                .doesNotContain("1980"));
    }

    private List<AuditEntry> auditLog() {
        return storage.inTransaction(session -> session.audit().find(new AuditQuery(null, null, null, null, null, 1000)));
    }
}
