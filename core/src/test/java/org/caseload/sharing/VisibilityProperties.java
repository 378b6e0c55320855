// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.caseload.casework.CaseNote;
import org.caseload.casework.Enrollment;
import org.caseload.casework.HistoryRequest;
import org.caseload.casework.ServiceDelivery;
import org.caseload.core.Caseload;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.StorageSession;
import org.caseload.testing.ClientRecords;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/**
 * Random organizations, clients (some restricted), agreements (kinds, directions, date ranges,
 * some ended), consent decisions (grants with last days, refusals, some revoked) and casework
 * records owned by any organization, read by a random caller after the clock moved: every read
 * answers exactly what a small model of the rules, written apart from the implementation, says.
 * In particular no read the rules deny ever gets through.
 */
class VisibilityProperties {

    private static final Instant BASE = Instant.parse("2026-05-01T12:00:00Z");
    private static final LocalDate BASE_DAY = LocalDate.of(2026, 5, 1);
    private static final int ORGANIZATIONS = 4;

    record ClientSpec(int organization, boolean restricted, int enrollmentOwner, int serviceOwner, int noteOwner,
                      int householdOwner) {
    }

    record AgreementSpec(int sharing, int receiving, boolean twoWay, Set<SharedRecordKind> kinds, int fromDay,
                         Integer lastDay, boolean ended) {
    }

    record ConsentSpec(int client, int organization, boolean granted, int lastDay, boolean revoked) {
    }

    record Start(List<ClientSpec> clients, int caller) {
    }

    record World(List<ClientSpec> clients, List<AgreementSpec> agreements, List<ConsentSpec> consents,
                 int caller, boolean systemAdmin, int daysLater) {
    }

    @Property(tries = 300)
    void everyReadAnswersWhatTheRulesSay(@ForAll("worlds") World world) {
        TestClock clock = TestClock.at(BASE);
        InMemoryStorage storage = new InMemoryStorage();
        Principal caller = world.systemAdmin()
                ? TestUsers.user("caller", org(world.caller()), Role.SYSTEM_ADMINISTRATOR)
                : TestUsers.user("caller", org(world.caller()), Role.CLIENT_READER);
        try (Caseload caseload = Caseload.builder().storage(storage).identity(new TestIdentity().as(caller))
                .clock(clock).build()) {
            storage.inTransaction(session -> {
                store(session, world);
                return null;
            });
            clock.advance(Duration.ofDays(world.daysLater()));
            Model model = new Model(world);

            for (int index = 0; index < world.clients().size(); index++) {
                int i = index;
                ClientSpec client = world.clients().get(i);
                String clientId = "client-" + i;
                boolean clientSeen = model.seesClient(i);
                assertThat(succeeds(() -> caseload.clients().get(clientId))).as("client %d", i).isEqualTo(clientSeen);

                boolean enrollmentSeen = model.seesRecord(SharedRecordKind.ENROLLMENTS, client.enrollmentOwner(), i);
                assertThat(succeeds(() -> caseload.enrollments().get("enrollment-" + i)))
                        .as("enrollment of client %d", i).isEqualTo(enrollmentSeen);
                assertThat(listed(() -> caseload.enrollments().enrollmentsOf(clientId).stream().map(Enrollment::id)
                        .toList(), "enrollment-" + i)).as("enrollments of client %d", i)
                        .isEqualTo(clientSeen && enrollmentSeen);

                boolean householdSeen = model.seesRecord(SharedRecordKind.ENROLLMENTS, client.householdOwner(), i);
                assertThat(succeeds(() -> caseload.households().get("household-" + i)))
                        .as("household of client %d", i).isEqualTo(householdSeen);

                boolean serviceSeen = model.seesRecord(SharedRecordKind.SERVICES, client.serviceOwner(), i);
                assertThat(succeeds(() -> caseload.serviceDeliveries().get("service-" + i)))
                        .as("service of client %d", i).isEqualTo(serviceSeen);
                assertThat(listed(() -> caseload.serviceDeliveries().deliveriesOf(HistoryRequest.recent(clientId))
                        .stream().map(ServiceDelivery::id).toList(), "service-" + i))
                        .as("services of client %d", i).isEqualTo(clientSeen && serviceSeen);

                boolean noteSeen = model.seesRecord(SharedRecordKind.CASE_NOTES, client.noteOwner(), i);
                assertThat(succeeds(() -> caseload.caseNotes().get("note-" + i)))
                        .as("note of client %d", i).isEqualTo(noteSeen);
                assertThat(listed(() -> caseload.caseNotes().notesOf(HistoryRequest.recent(clientId)).stream()
                        .map(CaseNote::id).toList(), "note-" + i))
                        .as("notes of client %d", i).isEqualTo(clientSeen && noteSeen);
            }
        }
    }

    /** The rules, restated over the generated specifications, apart from the implementation. */
    private static final class Model {
        private final World world;
        private final LocalDate today;

        Model(World world) {
            this.world = world;
            this.today = BASE_DAY.plusDays(world.daysLater());
        }

        boolean seesClient(int client) {
            ClientSpec spec = world.clients().get(client);
            if (spec.organization() == world.caller()) {
                return true;
            }
            if (spec.restricted()) {
                return false;
            }
            return world.systemAdmin()
                    || shared(spec.organization(), SharedRecordKind.CLIENT_IDENTITY) && consented(client);
        }

        boolean seesRecord(SharedRecordKind kind, int owner, int client) {
            if (kind == SharedRecordKind.CASE_NOTES || owner == world.caller()) {
                return owner == world.caller();
            }
            return seesClient(client) && (world.systemAdmin() || shared(owner, kind) && consented(client));
        }

        private boolean shared(int owner, SharedRecordKind kind) {
            return world.agreements().stream().anyMatch(agreement -> !agreement.ended()
                    && agreement.kinds().contains(kind)
                    && !today.isBefore(BASE_DAY.plusDays(agreement.fromDay()))
                    && (agreement.lastDay() == null || !today.isAfter(BASE_DAY.plusDays(agreement.lastDay())))
                    && (agreement.sharing() == owner && agreement.receiving() == world.caller()
                        || agreement.twoWay() && agreement.receiving() == owner
                        && agreement.sharing() == world.caller()));
        }

        private boolean consented(int client) {
            List<ConsentSpec> mine = world.consents().stream()
                    .filter(consent -> consent.client() == client && consent.organization() == world.caller()
                            && !consent.revoked())
                    .toList();
            return mine.stream().noneMatch(consent -> !consent.granted())
                    && mine.stream().anyMatch(consent -> !today.isAfter(BASE_DAY.plusDays(consent.lastDay())));
        }
    }

    private static void store(StorageSession session, World world) {
        for (int o = 0; o < ORGANIZATIONS; o++) {
            session.serviceCatalog().insertGroup(new ServiceGroupRecord("group-" + o, org(o), "Food", BASE, 1));
            session.serviceCatalog().insertType(new ServiceTypeRecord("type-" + o, org(o), "group-" + o, "Meals",
                    ServiceUnit.COUNT, BASE, 1));
        }
        for (int i = 0; i < world.clients().size(); i++) {
            ClientSpec spec = world.clients().get(i);
            String clientId = "client-" + i;
            session.clients().insert(ClientRecords.client(clientId, org(spec.organization())).named("Ada", "Lovelace")
                    .restricted(spec.restricted()).writtenAt(BASE).build());
            session.households().insert(new HouseholdRecord("household-" + i, org(spec.householdOwner()),
                    List.of(new HouseholdMembership(clientId, RelationshipToHeadOfHousehold.SELF, false)), BASE, BASE,
                    1));
            session.enrollments().insert(new EnrollmentRecord("enrollment-" + i, org(spec.enrollmentOwner()), clientId,
                    "project", "household-" + i, RelationshipToHeadOfHousehold.SELF, BASE_DAY, null, null, BASE, BASE,
                    1, List.of()));
            session.serviceDeliveries().insert(new ServiceDeliveryRecord("service-" + i, org(spec.serviceOwner()),
                    clientId, null, "type-" + spec.serviceOwner(), BigDecimal.ONE, BASE_DAY, "someone", BASE, BASE, 1));
            session.caseNotes().insert(new CaseNoteRecord("note-" + i, org(spec.noteOwner()), clientId, null, BASE_DAY,
                    "someone", "Someone", "Visit", "Talked", false, BASE, BASE, 1));
        }
        for (int a = 0; a < world.agreements().size(); a++) {
            AgreementSpec spec = world.agreements().get(a);
            session.sharingAgreements().insert(new SharingAgreementRecord("agreement-" + a, org(spec.sharing()),
                    org(spec.receiving()), spec.twoWay(), spec.kinds(), BASE_DAY.plusDays(spec.fromDay()),
                    spec.lastDay() == null ? null : BASE_DAY.plusDays(spec.lastDay()), "admin", BASE,
                    spec.ended() ? "admin" : null, spec.ended() ? BASE : null, 1));
        }
        for (int c = 0; c < world.consents().size(); c++) {
            ConsentSpec spec = world.consents().get(c);
            session.consents().insert(new ConsentRecord("consent-" + c, "client-" + spec.client(),
                    org(spec.organization()), spec.granted() ? ConsentDecision.GRANTED : ConsentDecision.REFUSED,
                    spec.granted() ? BASE_DAY.plusDays(spec.lastDay()) : null, "org-0", "worker", BASE,
                    spec.revoked() ? "worker" : null, spec.revoked() ? BASE : null, 1));
        }
    }

    private static String org(int index) {
        return "org-" + index;
    }

    private static boolean succeeds(Supplier<?> read) {
        try {
            read.get();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static boolean listed(Supplier<List<String>> read, String id) {
        try {
            return read.get().contains(id);
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Integer> organization = Arbitraries.integers().between(0, ORGANIZATIONS - 1);
        Arbitrary<ClientSpec> client = Combinators.combine(organization, Arbitraries.of(true, false), organization, organization, organization,
                organization).as(ClientSpec::new);
        Arbitrary<Set<SharedRecordKind>> kinds = Arbitraries.subsetOf(SharedRecordKind.values()).ofMinSize(1)
                .map(set -> Set.copyOf(EnumSet.copyOf(set)));
        Arbitrary<AgreementSpec> agreement = Combinators.combine(organization, organization, Arbitraries.of(true, false),
                kinds, Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(0, 20).injectNull(0.3),
                Arbitraries.integers().between(0, 4).map(n -> n == 0))
                .as((sharing, receiving, twoWay, shared, from, length, ended) -> new AgreementSpec(sharing,
                        sharing.equals(receiving) ? (receiving + 1) % ORGANIZATIONS : receiving, twoWay, shared, from,
                        length == null ? null : from + length, ended));
        Arbitrary<List<ClientSpec>> clients = client.list().ofMinSize(1).ofMaxSize(3);
        // The caller's organization is favoured in agreements and decisions, where the rules decide most.
        return Combinators.combine(clients, organization).as(Start::new).flatMap(start -> {
            List<ClientSpec> clientList = start.clients();
            int caller = start.caller();
            Arbitrary<Integer> mostlyCaller = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(caller)),
                    Tuple.of(2, organization));
            Arbitrary<AgreementSpec> towardsCaller = Combinators.combine(agreement, mostlyCaller).as((spec, receiving) ->
                    spec.sharing() == receiving ? spec : new AgreementSpec(spec.sharing(), receiving, spec.twoWay(),
                            spec.kinds(), spec.fromDay(), spec.lastDay(), spec.ended()));
            Arbitrary<ConsentSpec> consent = Combinators.combine(
                    Arbitraries.integers().between(0, clientList.size() - 1), mostlyCaller,
                    Arbitraries.integers().between(0, 3).map(n -> n > 0), Arbitraries.integers().between(-5, 20),
                    Arbitraries.integers().between(0, 4).map(n -> n == 0)).as(ConsentSpec::new);
            return Combinators.combine(towardsCaller.list().ofMaxSize(6), consent.list().ofMaxSize(8),
                    Arbitraries.integers().between(0, 5).map(n -> n == 0), Arbitraries.integers().between(0, 15))
                    .as((agreements, consents, admin, days) ->
                            new World(clientList, agreements, consents, caller, admin, days));
        });
    }
}
