// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.CaseworkFixtures.enrollment;
import static org.caseload.tck.CaseworkFixtures.exited;
import static org.caseload.tck.TckFixtures.everyKindOfFormValue;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.EnrollmentStore}: enrollments with their HUD
 * codes and custom form values read back exactly, versioned exits, and lookup by client and by
 * household.
 */
public interface EnrollmentStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void enrollmentInsertStoresAnOpenEnrollmentAtVersionOne() {
        Storage storage = storage();
        EnrollmentRecord open = enrollment(unique("client"), unique("project"), unique("household"), day(0))
                .withVersion(4);

        EnrollmentRecord inserted = storage.inTransaction(session -> session.enrollments().insert(open));

        assertThat(inserted).isEqualTo(open.withVersion(1));
        assertThat(findById(storage, open.id())).contains(inserted);
    }

    @Test
    default void theHouseholdStayIdAndANewHeadsRelationshipReadBackAsWritten() {
        Storage storage = storage();
        String stay = unique("stay");
        EnrollmentRecord member = new EnrollmentRecord(unique("enrollment"), unique("org"), unique("client"),
                unique("project"), unique("household"), RelationshipToHeadOfHousehold.CHILD, day(0), null, null,
                TckFixtures.T0, TckFixtures.T0, 1, List.of(), stay);
        EnrollmentRecord legacy = enrollment(unique("client"), unique("project"), unique("household"), day(0));

        inUnit(storage, session -> List.of(member, legacy).forEach(session.enrollments()::insert));
        EnrollmentRecord head = storage.inTransaction(session -> session.enrollments().update(
                member.withRelationship(RelationshipToHeadOfHousehold.SELF, member.updatedAt().plusSeconds(1))));

        assertThat(findById(storage, member.id())).contains(head);
        assertThat(head.householdStayId()).isEqualTo(stay);
        assertThat(head.relationship()).isEqualTo(RelationshipToHeadOfHousehold.SELF);
        assertThat(findById(storage, legacy.id())).get().extracting(EnrollmentRecord::householdStayId).isNull();
    }

    @Test
    default void everyRelationshipAndDestinationReadsBackAsWritten() {
        Storage storage = storage();
        String client = unique("client");
        List<EnrollmentRecord> written = Arrays.stream(Destination.values())
                .map(destination -> {
                    RelationshipToHeadOfHousehold relationship = RelationshipToHeadOfHousehold.values()[
                            destination.ordinal() % RelationshipToHeadOfHousehold.values().length];
                    EnrollmentRecord base = enrollment(client, unique("project"), unique("household"),
                            day(destination.ordinal()));
                    return exited(new EnrollmentRecord(base.id(), base.organizationId(), client, base.projectId(),
                            base.householdId(), relationship, base.entryDate(), null, null, base.createdAt(),
                            base.updatedAt(), 1), day(destination.ordinal() + 3), destination);
                })
                .toList();

        inUnit(storage, session -> written.forEach(session.enrollments()::insert));

        assertThat(findByClient(storage, client))
                .containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    default void formValuesReadBackAsWrittenInTheirOrderFromEveryLookup() {
        Storage storage = storage();
        String household = unique("household");
        EnrollmentRecord withForms = enrollment(unique("client"), unique("project"), household, day(0))
                .withForms(List.of(everyKindOfFormValue("intake", 3), new FormValues("consent", 1, Map.of()),
                        everyKindOfFormValue("assessment", 1)));
        EnrollmentRecord without = enrollment(unique("client"), unique("project"), household, day(1));

        inUnit(storage, session -> List.of(withForms, without).forEach(session.enrollments()::insert));

        assertThat(findById(storage, withForms.id())).contains(withForms);
        assertThat(findById(storage, withForms.id())).get().extracting(EnrollmentRecord::forms)
                .isEqualTo(withForms.forms());
        assertThat(findByClient(storage, withForms.clientId())).containsExactly(withForms);
        assertThat(findByHousehold(storage, household)).containsExactly(without, withForms);
        assertThat(findById(storage, without.id())).get().extracting(EnrollmentRecord::forms)
                .isEqualTo(List.of());
    }

    @Test
    default void enrollmentUpdateReplacesTheFormValuesWholeAndARolledBackOneKeepsThem() {
        Storage storage = storage();
        EnrollmentRecord open = enrollment(unique("client"), unique("project"), unique("household"), day(0))
                .withForms(List.of(everyKindOfFormValue("intake", 1), new FormValues("consent", 2, Map.of())));
        inUnit(storage, session -> session.enrollments().insert(open));
        EnrollmentRecord changed = exited(open, day(4), Destination.OTHER)
                .withForms(List.of(everyKindOfFormValue("intake", 2)));

        inRolledBackUnit(storage, session -> session.enrollments().update(changed.withForms(List.of())));
        assertThat(findById(storage, open.id())).contains(open);

        EnrollmentRecord updated = storage.inTransaction(session -> session.enrollments().update(changed));

        assertThat(updated).isEqualTo(changed.withVersion(2));
        assertThat(findById(storage, open.id())).contains(updated);
    }

    @Test
    default void enrollmentInsertOfAnExistingIdFailsAndKeepsTheStoredEnrollment() {
        Storage storage = storage();
        EnrollmentRecord enrollment = enrollment(unique("client"), unique("project"), unique("household"), day(0));
        inUnit(storage, session -> session.enrollments().insert(enrollment));
        EnrollmentRecord sameId = enrollment(enrollment.id(), unique("client"), unique("project"), unique("household"),
                day(1));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.enrollments().insert(sameId)))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, enrollment.id())).contains(enrollment);
    }

    @Test
    default void enrollmentUpdateStoresTheExitAtTheNextVersion() {
        Storage storage = storage();
        EnrollmentRecord open = enrollment(unique("client"), unique("project"), unique("household"), day(0));
        inUnit(storage, session -> session.enrollments().insert(open));
        EnrollmentRecord exit = exited(open, day(10), Destination.RENTAL_NO_SUBSIDY);

        EnrollmentRecord updated = storage.inTransaction(session -> session.enrollments().update(exit));

        assertThat(updated).isEqualTo(exit.withVersion(2));
        assertThat(findById(storage, open.id())).contains(updated);
    }

    @Test
    default void enrollmentUpdateWithAStaleOrFutureVersionFailsAndWritesNothing() {
        Storage storage = storage();
        EnrollmentRecord open = enrollment(unique("client"), unique("project"), unique("household"), day(0));
        EnrollmentRecord current = storage.inTransaction(session -> {
            session.enrollments().insert(open);
            return session.enrollments().update(open.withExit(null, null, open.updatedAt().plusSeconds(1)));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                EnrollmentRecord attempt = exited(current, day(3), Destination.DECEASED).withVersion(wrongVersion);
                assertThatThrownBy(() -> session.enrollments().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, open.id())).contains(current);
    }

    @Test
    default void enrollmentUpdateOfAnUnknownEnrollmentFailsWithNotFound() {
        Storage storage = storage();
        EnrollmentRecord unknown = enrollment(unique("client"), unique("project"), unique("household"), day(0));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.enrollments().update(unknown)))
                .isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void findByClientAndByHouseholdReturnLatestEntryFirstThenById() {
        Storage storage = storage();
        String client = unique("client");
        String household = unique("household");
        String prefix = unique("enrollment");
        EnrollmentRecord oldest = enrollment(prefix + "-a", client, unique("project"), household, day(1));
        EnrollmentRecord latestSecondById = enrollment(prefix + "-c", client, unique("project"), household, day(9));
        EnrollmentRecord latestFirstById = enrollment(prefix + "-b", client, unique("project"), unique("household"),
                day(9));
        EnrollmentRecord otherClient = enrollment(prefix + "-d", unique("client"), unique("project"), household, day(5));
        inUnit(storage, session -> List.of(oldest, latestSecondById, latestFirstById, otherClient)
                .forEach(session.enrollments()::insert));

        assertThat(findByClient(storage, client))
                .containsExactly(latestFirstById, latestSecondById, oldest);
        assertThat(findByHousehold(storage, household))
                .containsExactly(latestSecondById, otherClient, oldest);
        assertThat(findByClient(storage, unique("client"))).isEmpty();
        assertThat(findByHousehold(storage, unique("household")))
                .isEmpty();
    }

    @Test
    default void aUnitThatThrowsLeavesNoEnrollmentChange() {
        Storage storage = storage();
        String client = unique("client");
        EnrollmentRecord kept = enrollment(client, unique("project"), unique("household"), day(0));
        EnrollmentRecord dropped = enrollment(client, unique("project"), unique("household"), day(1));
        inUnit(storage, session -> session.enrollments().insert(kept));

        inRolledBackUnit(storage, session -> {
            session.enrollments().insert(dropped);
            session.enrollments().update(exited(kept, day(2), Destination.OTHER));
        });

        assertThat(findByClient(storage, client)).containsExactly(kept);
    }

    private static List<EnrollmentRecord> findByClient(Storage storage, String clientId) {
        return storage.inTransaction(session -> session.enrollments().findByClient(clientId));
    }

    private static List<EnrollmentRecord> findByHousehold(Storage storage, String householdId) {
        return storage.inTransaction(session -> session.enrollments().findByHousehold(householdId));
    }

    private static Optional<EnrollmentRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.enrollments().findById(id));
    }
}
