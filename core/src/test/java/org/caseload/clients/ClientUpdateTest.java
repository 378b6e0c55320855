// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseload.core.Caseload;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.audit.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Changing a client: versions, the address history, search keys and the audit of what changed. */
class ClientUpdateTest {

    private static final Instant START = Instant.parse("2026-03-02T15:00:00Z");
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    private static final Principal WORKER_A = TestUsers.user("worker-a", "org-a", Role.CASEWORKER);
    private static final Address SHELTER = new Address("12 Hope St", null, "Springfield", "IL", "62701");
    private static final Address FLAT = new Address("4 Elm Rd", "Apt 2", "Springfield", "IL", "62702");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestClock clock = TestClock.at(START);
    private final TestIdentity identity = new TestIdentity().as(WORKER_A);
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(clock).build();
    private final ClientService clients = caseload.clients();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void anUpdateStoresTheNewDetailsAtTheNextVersion() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));
        clock.advance(Duration.ofMinutes(5));

        Client updated = clients.update(UpdateClient.of(registered, registered.details()
                .withSsn("123-45-6789", SsnDataQuality.FULL).withVeteranStatus(NoYesReasons.YES)));

        assertThat(updated.version()).isEqualTo(registered.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(updated.createdAt()).isEqualTo(registered.createdAt());
        assertThat(updated.details().ssn()).isEqualTo("*****6789");
        assertThat(clients.get(registered.id())).isEqualTo(updated);
    }

    @Test
    void anUpdateNamingAnOlderVersionFailsAndChangesNothing() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", null));
        Client current = clients.update(UpdateClient.of(registered, registered.details().withVeteranStatus(NoYesReasons.NO)));

        assertThatThrownBy(() -> clients.update(UpdateClient.of(registered,
                registered.details().withVeteranStatus(NoYesReasons.YES))))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.recordId()).isEqualTo(registered.id());
                    assertThat(e.expectedVersion()).isEqualTo(registered.version());
                });

        assertThat(clients.get(registered.id())).isEqualTo(current);
        assertThat(auditLog()).filteredOn(entry -> entry.outcome() == Outcome.FAILED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("client.update");
                    assertThat(entry.detail()).isEqualTo("CONCURRENT_MODIFICATION");
                    assertThat(entry.recordId()).isEqualTo(registered.id());
                });
    }

    @Test
    void aClientOfAnotherOrganizationCannotBeChanged() {
        Client ofA = clients.register(RegisterClient.of("Maria", "Garcia", null));
        identity.as(TestUsers.user("worker-b", "org-b", Role.CASEWORKER));

        assertThatThrownBy(() -> clients.update(UpdateClient.of(ofA, ClientDetails.named("Eve", "Mallory"))))
                .isInstanceOf(NotFoundException.class);
        identity.as(TestUsers.user("reader-a", "org-a", Role.CLIENT_READER));
        assertThatThrownBy(() -> clients.update(UpdateClient.of(ofA, ClientDetails.named("Eve", "Mallory"))))
                .isInstanceOf(AccessDeniedException.class);

        identity.as(WORKER_A);
        assertThat(clients.get(ofA.id()).fullName()).isEqualTo("Maria Garcia");
    }

    @Test
    void anInvalidUpdateListsItsViolationsUnderDetails() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", null));

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> clients.update(
                new UpdateClient(registered.id(), 0, registered.details().withSsn("12", SsnDataQuality.FULL), null)));

        assertThat(failure.violations()).extracting(violation -> violation.path() + " " + violation.messageKey())
                .containsExactly("details.ssn caseload.client.ssn.format",
                        "version jakarta.validation.constraints.Min.message");
    }

    @Test
    void searchFindsAClientByItsNewNameAndItsAliasesButNotByItsOldName() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", null));

        clients.update(UpdateClient.of(registered, ClientDetails.named("Maria", "Lopez")
                .withAliases(Alias.of("Mary", "Shorty"))));

        assertThat(clients.search(ClientSearch.byName("garcia"))).isEmpty();
        assertThat(clients.search(ClientSearch.byName("maria lopez"))).singleElement()
                .satisfies(match -> assertThat(match.score()).isGreaterThan(0.9));
        assertThat(clients.search(ClientSearch.byName("shorty"))).singleElement()
                .satisfies(match -> assertThat(match.client().id()).isEqualTo(registered.id()));
    }

    @Test
    void aNewAddressEndsTheCurrentOneOnTheDayOfTheChange() {
        Client registered = clients.register(RegisterClient.of(withAddress(SHELTER)));
        clock.advance(Duration.ofDays(10));
        Client unchanged = clients.update(UpdateClient.of(registered, withAddress(SHELTER)));
        LocalDate dayEleven = DAY_ONE.plusDays(10);

        Client moved = clients.update(UpdateClient.of(unchanged, withAddress(FLAT)));

        assertThat(registered.addressHistory()).containsExactly(new AddressPeriod(SHELTER, DAY_ONE, null));
        assertThat(unchanged.addressHistory()).isEqualTo(registered.addressHistory());
        assertThat(moved.details().contact().address()).isEqualTo(FLAT);
        assertThat(moved.addressHistory()).containsExactly(
                new AddressPeriod(FLAT, dayEleven, null),
                new AddressPeriod(SHELTER, DAY_ONE, dayEleven));
    }

    @Test
    void anAddressChangedOnTheDayItWasRecordedIsCorrectedNotKept() {
        Client registered = clients.register(RegisterClient.of(withAddress(SHELTER)));
        clock.advance(Duration.ofDays(1));
        Client moved = clients.update(UpdateClient.of(registered, withAddress(FLAT)));
        Address corrected = new Address("4 Elm Road", "Apt 2", "Springfield", "IL", "62702");

        Client fixed = clients.update(UpdateClient.of(moved, withAddress(corrected)));
        clock.advance(Duration.ofDays(1));
        Client homeless = clients.update(UpdateClient.of(fixed, withAddress(null)));

        assertThat(fixed.addressHistory()).containsExactly(
                new AddressPeriod(corrected, DAY_ONE.plusDays(1), null),
                new AddressPeriod(SHELTER, DAY_ONE, DAY_ONE.plusDays(1)));
        assertThat(homeless.details().contact().address()).isNull();
        assertThat(homeless.addressHistory()).containsExactly(
                new AddressPeriod(corrected, DAY_ONE.plusDays(1), DAY_ONE.plusDays(2)),
                new AddressPeriod(SHELTER, DAY_ONE, DAY_ONE.plusDays(1)));
    }

    @Test
    void everyReadAndWriteIsAuditedAndAnUpdateNamesWhatChangedButNeverTheValues() {
        Client registered = clients.register(RegisterClient.of("Maria", "Garcia", null));
        Client changed = clients.update(UpdateClient.of(registered, registered.details()
                .withSsn("123-45-6789", SsnDataQuality.FULL).withContact(new Contact("555 0100", null, SHELTER))));
        clients.update(UpdateClient.of(changed, changed.details()));
        clients.get(registered.id());

        assertThat(auditLog()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::detail)
                .containsExactly(
                        tuple("client.register", registered.id(), null),
                        tuple("client.update", registered.id(), "changed ssn, contact"),
                        tuple("client.update", registered.id(), "changed nothing"),
                        tuple("client.get", registered.id(), null));
        assertThat(auditLog()).allSatisfy(entry -> assertThat(entry.toString())
                .doesNotContain("123456789").doesNotContain("6789").doesNotContainIgnoringCase("hope st"));
    }

    private static ClientDetails withAddress(Address address) {
        return ClientDetails.named("Maria", "Garcia").withContact(new Contact(null, null, address));
    }

    private List<AuditEntry> auditLog() {
        return storage.inTransaction(session -> session.audit().find(new AuditQuery(null, null, null, null, null, 1000)));
    }
}
