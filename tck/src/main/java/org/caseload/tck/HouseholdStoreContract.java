// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.CHILD;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SELF;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER;
import static org.caseload.tck.CaseworkFixtures.household;
import static org.caseload.tck.CaseworkFixtures.primary;
import static org.caseload.tck.CaseworkFixtures.secondary;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.HouseholdStore}: households stored with their
 * members in order, versioned writes, lookup by member, and one primary household per client and
 * organization.
 */
public interface HouseholdStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void householdInsertKeepsEveryMemberInOrderWithEveryRelationship() {
        Storage storage = storage();
        HouseholdMembership[] members = Arrays.stream(RelationshipToHeadOfHousehold.values())
                .map(relationship -> new HouseholdMembership(unique("client"), relationship,
                        relationship.ordinal() % 2 == 0))
                .toArray(HouseholdMembership[]::new);
        HouseholdRecord household = household(unique("org"), at(0), members).withVersion(7);

        HouseholdRecord inserted = storage.inTransaction(session -> session.households().insert(household));

        assertThat(inserted).isEqualTo(household.withVersion(1));
        assertThat(findById(storage, household.id())).contains(inserted);
    }

    @Test
    default void householdInsertOfAnExistingIdFailsAndKeepsTheStoredHousehold() {
        Storage storage = storage();
        HouseholdRecord household = household(unique("org"), at(0), primary(unique("client"), SELF));
        inUnit(storage, session -> session.households().insert(household));
        HouseholdRecord sameId = household(household.id(), unique("org"), at(5), primary(unique("client"), SELF));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.households().insert(sameId)))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, household.id())).contains(household);
    }

    @Test
    default void findByIdOfAnUnknownHouseholdIsEmpty() {
        assertThat(findById(storage(), unique("household"))).isEmpty();
    }

    @Test
    default void householdUpdateReplacesTheMembersAndStoresTheNextVersion() {
        Storage storage = storage();
        String head = unique("client");
        String leaving = unique("client");
        String joining = unique("client");
        HouseholdRecord household = household(unique("org"), at(0), primary(head, SELF), primary(leaving, CHILD));
        inUnit(storage, session -> session.households().insert(household));
        HouseholdRecord changed = household.withMembers(
                List.of(secondary(joining, SPOUSE_OR_PARTNER), primary(head, SELF)), at(9));

        HouseholdRecord updated = storage.inTransaction(session -> session.households().update(changed));

        assertThat(updated).isEqualTo(changed.withVersion(2));
        assertThat(findById(storage, household.id())).contains(updated);
        assertThat(findByMember(storage, leaving)).isEmpty();
        assertThat(findByMember(storage, joining)).containsExactly(updated);
    }

    @Test
    default void householdUpdateWithAStaleOrFutureVersionFailsAndWritesNothing() {
        Storage storage = storage();
        String head = unique("client");
        String joining = unique("client");
        HouseholdRecord household = household(unique("org"), at(0), primary(head, SELF));
        HouseholdRecord current = storage.inTransaction(session -> {
            session.households().insert(household);
            return session.households().update(household.withMembers(household.members(), at(1)));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                HouseholdRecord attempt = current.withMembers(
                        List.of(primary(head, SELF), primary(joining, CHILD)), at(2)).withVersion(wrongVersion);
                assertThatThrownBy(() -> session.households().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, household.id())).contains(current);
        assertThat(findByMember(storage, joining)).isEmpty();
    }

    @Test
    default void householdUpdateOfAnUnknownHouseholdFailsWithNotFound() {
        Storage storage = storage();
        HouseholdRecord unknown = household(unique("org"), at(0), primary(unique("client"), SELF));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.households().update(unknown)))
                .isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void findByMemberReturnsTheClientsHouseholdsOldestFirstThenById() {
        Storage storage = storage();
        String client = unique("client");
        String prefix = unique("household");
        HouseholdRecord newest = household(prefix + "-a", unique("org"), at(30), secondary(client, SELF));
        HouseholdRecord oldest = household(prefix + "-b", unique("org"), at(10), primary(client, CHILD),
                primary(unique("client"), SELF));
        HouseholdRecord middleSecondById = household(prefix + "-d", unique("org"), at(20), secondary(client, SELF));
        HouseholdRecord middleFirstById = household(prefix + "-c", unique("org"), at(20), secondary(client, SELF));
        HouseholdRecord without = household(unique("org"), at(5), primary(unique("client"), SELF));
        inUnit(storage, session -> List.of(newest, oldest, middleSecondById, middleFirstById, without)
                .forEach(session.households()::insert));

        assertThat(findByMember(storage, client))
                .containsExactly(oldest, middleFirstById, middleSecondById, newest);
        assertThat(findByMember(storage, unique("client"))).isEmpty();
    }

    @Test
    default void aClientIsPrimaryInOneHouseholdPerOrganizationOnly() {
        Storage storage = storage();
        String client = unique("client");
        String organization = unique("org");
        HouseholdRecord first = household(organization, at(0), primary(client, SELF));
        HouseholdRecord second = household(organization, at(1), secondary(client, SELF));
        HouseholdRecord otherOrganizations = household(unique("org"), at(1), primary(client, SELF));
        inUnit(storage, session -> {
            session.households().insert(first);
            session.households().insert(second);
            session.households().insert(otherOrganizations);
        });
        HouseholdRecord thirdAlsoPrimary = household(organization, at(2), primary(client, SELF));
        HouseholdRecord secondAlsoPrimary = second.withMembers(List.of(primary(client, SELF)), at(3));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.households().insert(thirdAlsoPrimary)))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> storage.inTransaction(session -> session.households().update(secondAlsoPrimary)))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, thirdAlsoPrimary.id())).isEmpty();
        assertThat(findById(storage, second.id())).contains(second);
        assertThat(findById(storage, otherOrganizations.id())).contains(otherOrganizations);
    }

    @Test
    default void thePrimaryHouseholdMovesWhenTheFormerOneLetsGoFirst() {
        Storage storage = storage();
        String client = unique("client");
        HouseholdRecord first = household(unique("org"), at(0), primary(client, SELF));
        HouseholdRecord second = household(unique("org"), at(1), secondary(client, SELF));
        inUnit(storage, session -> {
            session.households().insert(first);
            session.households().insert(second);
        });

        inUnit(storage, session -> {
            session.households().update(first.withMembers(List.of(secondary(client, SELF)), at(2)));
            session.households().update(second.withMembers(List.of(primary(client, SELF)), at(2)));
        });

        assertThat(findByMember(storage, client))
                .extracting(household -> household.members().get(0).primary())
                .containsExactly(false, true);
    }

    @Test
    default void aUnitThatThrowsLeavesNoHouseholdChange() {
        Storage storage = storage();
        String head = unique("client");
        String joining = unique("client");
        HouseholdRecord kept = household(unique("org"), at(0), primary(head, SELF));
        HouseholdRecord dropped = household(unique("org"), at(1), primary(joining, SELF));
        inUnit(storage, session -> session.households().insert(kept));

        inRolledBackUnit(storage, session -> {
            session.households().insert(dropped);
            session.households().update(kept.withMembers(List.of(primary(head, SELF), secondary(joining, CHILD)),
                    at(2)));
        });

        assertThat(findById(storage, dropped.id())).isEmpty();
        assertThat(findById(storage, kept.id())).contains(kept);
        assertThat(findByMember(storage, joining)).isEmpty();
        inUnit(storage, session -> session.households().insert(dropped));
        assertThat(findByMember(storage, joining)).containsExactly(dropped);
    }

    private static Optional<HouseholdRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.households().findById(id));
    }

    private static List<HouseholdRecord> findByMember(Storage storage, String clientId) {
        return storage.inTransaction(session -> session.households().findByMember(clientId));
    }
}
