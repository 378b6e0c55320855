// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Household;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.spi.storage.StorageSession;
import org.junit.jupiter.api.Test;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.RecordConsent;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

class ClientMergeTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Principal STAFF = TestUsers.user("staff", "org-a", Role.DATA_QUALITY_STAFF,
            Role.CASEWORK_ADMINISTRATOR);
    private static final Principal WORKER_B = TestUsers.user("worker-b", "org-b", Role.DATA_QUALITY_STAFF);

    /** A runtime with a source and a target client, each with some casework. */
    private static final class Bed implements AutoCloseable {
        final InMemoryStorage storage = new InMemoryStorage();
        final TestIdentity identity = new TestIdentity().as(STAFF);
        final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(CLOCK).build();
        final String source;
        final String target;
        final ServiceType meal;

        Bed(int sourceEnrollments, int targetEnrollments, int sourceNotes, int sourceServices,
                boolean sourceInTargetsHousehold) {
            source = caseload.clients().register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4))).id();
            target = caseload.clients().register(RegisterClient.of("Mary", "Garcia", LocalDate.of(1980, 3, 4))
                    .confirmingDuplicates()).id();
            Household sourceHome = caseload.households().create(new CreateHousehold(source));
            Household targetHome = caseload.households().create(new CreateHousehold(target));
            if (sourceInTargetsHousehold) {
                caseload.households().addMember(AddHouseholdMember.to(targetHome, source,
                        RelationshipToHeadOfHousehold.OTHER_RELATIVE));
            }
            for (int i = 0; i < Math.max(sourceEnrollments, targetEnrollments); i++) {
                String project = caseload.enrollments().registerProject(new RegisterProject("Project " + i)).id();
                if (i < sourceEnrollments) {
                    caseload.enrollments().enroll(new EnrollClient(source, project, sourceHome.id(), TODAY, null));
                }
                if (i < targetEnrollments) {
                    caseload.enrollments().enroll(new EnrollClient(target, project, targetHome.id(), TODAY, null));
                }
            }
            for (int i = 0; i < sourceNotes; i++) {
                caseload.caseNotes().write(WriteCaseNote.about(source, TODAY, "Visit " + i, "Talked about housing."));
            }
            caseload.caseNotes().write(WriteCaseNote.about(target, TODAY, "Intake", "First visit."));
            meal = caseload.serviceDeliveries().defineType(new DefineServiceType(
                    caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Basic needs")).id(), "Meal",
                    ServiceUnit.COUNT));
            for (int i = 0; i < sourceServices; i++) {
                caseload.serviceDeliveries().record(new RecordServiceDelivery(source, null, meal.id(),
                        BigDecimal.ONE, TODAY));
            }
        }

        /** Everything stored about both clients, versions set aside: what a merge and its undoing touch. */
        List<Object> state() {
            return storage.inTransaction(session -> {
                List<Object> state = new ArrayList<>();
                for (String client : List.of(source, target)) {
                    state.add(session.clients().findById(client).orElseThrow().withVersion(0));
                    session.enrollments().findByClient(client).forEach(e -> state.add(e.withVersion(0)));
                    notes(session, client).forEach(state::add);
                    session.serviceDeliveries().findByClient(new ClientHistoryQuery(client, Set.of(), 1_000))
                            .forEach(d -> state.add(d.withVersion(0)));
                    session.households().findByMember(client).forEach(h -> state.add(h.withVersion(0)));
                }
                return state;
            });
        }

        private static List<Object> notes(StorageSession session, String client) {
            return new ArrayList<>(session.caseNotes().findByClient(new ClientHistoryQuery(client, Set.of(), 1_000))
                    .stream().map(note -> note.withVersion(0)).toList());
        }

        @Override
        public void close() {
            caseload.close();
        }
    }

    @Test
    void aMergeLeavesOtherOrganizationsRecordsWhereTheyWereAndSaysSo() {
        try (Bed bed = new Bed(1, 0, 1, 0, false)) {
            bed.identity.callAs(TestUsers.user("admin-a", "org-a", Role.ORGANIZATION_ADMINISTRATOR),
                    () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-a", "org-b", TODAY,
                            SharedRecordKind.CLIENT_IDENTITY)));
            bed.caseload.consents().record(RecordConsent.grant(bed.source, TODAY.plusDays(30), "org-b"));
            String privateNote = bed.identity.callAs(WORKER_B, () -> bed.caseload.caseNotes().write(
                    WriteCaseNote.about(bed.source, TODAY, "Private", "Written in org-b."))).id();

            ClientMerge merge = bed.caseload.duplicates().merge(new MergeClients(bed.source, bed.target, "same"));

            assertThat(merge.otherOrganizationsRecordsLeft()).isEqualTo(1);
            assertThat(merge.movedRecords()).hasSize(3).noneMatch(moved -> moved.endsWith(privateNote));
            CaseNoteRecord stored = bed.storage.inTransaction(session ->
                    session.caseNotes().findById(privateNote).orElseThrow());
            assertThat(stored.clientId()).isEqualTo(bed.source);
            assertThat(stored.version()).isEqualTo(1);
        }
    }

    @Test
    void aMergeMovesTheSourcesCaseworkToTheTargetAndMarksTheSource() {
        try (Bed bed = new Bed(2, 1, 3, 2, true)) {
            DuplicateService duplicates = bed.caseload.duplicates();

            ClientMerge merge = duplicates.merge(new MergeClients(bed.source, bed.target, "same person"));

            assertThat(merge.movedRecords()).hasSize(2 + 3 + 2 + 2);
            assertThat(bed.caseload.clients().get(bed.source).mergedInto()).isEqualTo(bed.target);
            assertThat(bed.caseload.enrollments().enrollmentsOf(bed.target)).hasSize(3);
            assertThat(bed.caseload.enrollments().enrollmentsOf(bed.source)).isEmpty();
            assertThat(bed.caseload.households().householdsOf(bed.target)).hasSize(2);
            assertThat(bed.caseload.households().householdsOf(bed.source)).isEmpty();
            assertThat(bed.caseload.clients().search(ClientSearch.text("garcia")))
                    .extracting(match -> match.client().id()).containsExactly(bed.target);
            assertThatThrownBy(() -> duplicates.merge(new MergeClients(bed.source, bed.target, "again")))
                    .isInstanceOf(InvalidTransitionException.class);
            Client merged = bed.caseload.clients().get(bed.source);
            assertThatThrownBy(() -> bed.caseload.clients().update(UpdateClient.of(merged, merged.details())))
                    .isInstanceOf(InvalidTransitionException.class);
        }
    }

    @Test
    void aMergeIsRefusedForOneClientOrAnotherOrganizationsClient() {
        try (Bed bed = new Bed(0, 0, 0, 0, false)) {
            DuplicateService duplicates = bed.caseload.duplicates();
            bed.identity.as(WORKER_B);
            String ofB = bed.caseload.clients().register(RegisterClient.of("Maria", "Garcia", null)).id();
            bed.identity.as(STAFF);

            assertThatThrownBy(() -> duplicates.merge(new MergeClients(bed.source, bed.source, "same")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("targetClientId");
            assertThatThrownBy(() -> duplicates.merge(new MergeClients(bed.source, ofB, "other organization")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void anUndoIsRefusedWhenAMovedRecordChangedSinceAndLeavesEverythingAsItWas() {
        try (Bed bed = new Bed(0, 0, 1, 0, false)) {
            DuplicateService duplicates = bed.caseload.duplicates();
            ClientMerge merge = duplicates.merge(new MergeClients(bed.source, bed.target, "same person"));
            String noteId = merge.movedRecords().get(0).substring("caseNote:".length());
            bed.caseload.caseNotes().edit(new org.caseload.casework.EditCaseNote(noteId,
                    bed.caseload.caseNotes().get(noteId).version(), TODAY, "Visit", "Edited after the merge.", false));
            List<Object> before = bed.state();

            assertThatThrownBy(() -> duplicates.unmerge(new UnmergeClients(merge.id(), "mistake")))
                    .isInstanceOf(ConcurrentModificationException.class);

            assertThat(bed.state()).isEqualTo(before);
        }
    }

    @Property(tries = 25)
    void mergeThenUnmergeRestoresTheExactState(@ForAll @IntRange(max = 2) int sourceEnrollments,
            @ForAll @IntRange(max = 2) int targetEnrollments, @ForAll @IntRange(max = 3) int sourceNotes,
            @ForAll @IntRange(max = 2) int sourceServices, @ForAll boolean sourceInTargetsHousehold) {
        try (Bed bed = new Bed(sourceEnrollments, targetEnrollments, sourceNotes, sourceServices,
                sourceInTargetsHousehold)) {
            DuplicateService duplicates = bed.caseload.duplicates();
            List<Object> before = bed.state();

            ClientMerge merge = duplicates.merge(new MergeClients(bed.source, bed.target, "same person"));
            assertThat(bed.state()).isNotEqualTo(before);
            ClientMerge undone = duplicates.unmerge(new UnmergeClients(merge.id(), "not the same person"));

            assertThat(bed.state()).isEqualTo(before);
            assertThat(undone.undone()).isTrue();
            assertThatThrownBy(() -> duplicates.unmerge(new UnmergeClients(merge.id(), "twice")))
                    .isInstanceOf(InvalidTransitionException.class);
        }
    }
}
