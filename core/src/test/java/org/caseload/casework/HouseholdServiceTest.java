// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.READER_A;
import static org.caseload.casework.CaseworkTestBed.SYSTEM;
import static org.caseload.casework.CaseworkTestBed.WORKER_A;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.CHILD;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.DATA_NOT_COLLECTED;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.OTHER_RELATIVE;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SELF;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER;

import java.util.Map;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.RecordConsent;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.testing.Role;
import org.caseload.testing.TestUsers;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HouseholdServiceTest {

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final HouseholdService households = bed.caseload.households();
    private final String maria = bed.clientOfA("Maria");
    private final String luis = bed.clientOfA("Luis");
    private final String ana = bed.clientOfA("Ana");

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void createsAHouseholdHeadedByTheClientAsTheirPrimaryHousehold() {
        Household household = households.create(new CreateHousehold(maria));

        assertThat(household.organizationId()).isEqualTo("org-a");
        assertThat(household.members()).containsExactly(new HouseholdMember(maria, SELF, true));
        assertThat(household.headClientId()).isEqualTo(maria);
        assertThat(household.version()).isEqualTo(1);
        assertThat(households.get(household.id())).isEqualTo(household);
        assertThat(bed.audit("org-a")).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::recordId)
                .contains(tuple("household.create", Outcome.SUCCEEDED, household.id()));
    }

    @Test
    void addsMembersWithTheirRelationshipToTheHead() {
        Household household = households.create(new CreateHousehold(maria));

        Household withLuis = households.addMember(AddHouseholdMember.to(household, luis, SPOUSE_OR_PARTNER));
        Household withAna = households.addMember(AddHouseholdMember.to(withLuis, ana, DATA_NOT_COLLECTED));

        assertThat(withAna.members()).extracting(HouseholdMember::clientId, HouseholdMember::relationship)
                .containsExactly(tuple(maria, SELF), tuple(luis, SPOUSE_OR_PARTNER), tuple(ana, DATA_NOT_COLLECTED));
        assertThat(withAna.version()).isEqualTo(3);
        assertThat(withAna.member(luis)).map(HouseholdMember::primary).contains(true);
    }

    @Test
    void refusesASecondHead() {
        Household household = households.create(new CreateHousehold(maria));

        assertThatThrownBy(() -> households.addMember(AddHouseholdMember.to(household, luis, SELF)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("relationship", "caseload.household.head.exists")));
        assertThat(households.get(household.id()).members()).hasSize(1);
    }

    @Test
    void refusesAClientTwice() {
        Household household = households.addMember(
                AddHouseholdMember.to(households.create(new CreateHousehold(maria)), luis, CHILD));

        assertThatThrownBy(() -> households.addMember(AddHouseholdMember.to(household, luis, OTHER_RELATIVE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("caseload.household.member.duplicate"));
    }

    @Test
    void aChangeNamingAStaleVersionIsRefusedAndWritesNothing() {
        Household original = households.create(new CreateHousehold(maria));
        households.addMember(AddHouseholdMember.to(original, luis, CHILD));

        assertThatThrownBy(() -> households.addMember(AddHouseholdMember.to(original, ana, CHILD)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> households.removeMember(RemoveHouseholdMember.from(original, luis)))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(households.get(original.id()).members()).extracting(HouseholdMember::clientId)
                .containsExactly(maria, luis);
    }

    @Test
    void removesAMemberButNeverTheHead() {
        Household household = households.addMember(
                AddHouseholdMember.to(households.create(new CreateHousehold(maria)), luis, CHILD));

        Household withoutLuis = households.removeMember(RemoveHouseholdMember.from(household, luis));

        assertThat(withoutLuis.members()).extracting(HouseholdMember::clientId).containsExactly(maria);
        assertThatThrownBy(() -> households.removeMember(RemoveHouseholdMember.from(withoutLuis, maria)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("caseload.household.head.remove"));
        assertThatThrownBy(() -> households.removeMember(RemoveHouseholdMember.from(withoutLuis, ana)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("caseload.household.member.unknown"));
    }

    @Test
    void changesTheHeadWithEveryMembersNewRelationship() {
        Household household = households.create(new CreateHousehold(maria));
        household = households.addMember(AddHouseholdMember.to(household, luis, SPOUSE_OR_PARTNER));
        household = households.addMember(AddHouseholdMember.to(household, ana, CHILD));

        Household changed = households.changeHead(new ChangeHeadOfHousehold(household.id(), household.version(), luis,
                Map.of(maria, SPOUSE_OR_PARTNER, ana, CHILD)));

        assertThat(changed.headClientId()).isEqualTo(luis);
        assertThat(changed.members()).extracting(HouseholdMember::clientId, HouseholdMember::relationship)
                .containsExactly(tuple(maria, SPOUSE_OR_PARTNER), tuple(luis, SELF), tuple(ana, CHILD));
    }

    @Test
    void aHeadChangeMustRelateEveryOtherMemberAndNoOneElseToTheNewHead() {
        Household household = households.addMember(AddHouseholdMember.to(
                households.addMember(AddHouseholdMember.to(households.create(new CreateHousehold(maria)), luis,
                        SPOUSE_OR_PARTNER)), ana, CHILD));
        String id = household.id();
        long version = household.version();

        assertThat(refusal(() -> households.changeHead(new ChangeHeadOfHousehold(id, version, luis,
                Map.of(maria, SPOUSE_OR_PARTNER))))).containsExactly("caseload.household.relationships.incomplete");
        assertThat(refusal(() -> households.changeHead(new ChangeHeadOfHousehold(id, version, luis,
                Map.of(maria, SPOUSE_OR_PARTNER, ana, CHILD, "stranger", CHILD)))))
                .containsExactly("caseload.household.relationships.incomplete");
        assertThat(refusal(() -> households.changeHead(new ChangeHeadOfHousehold(id, version, luis,
                Map.of(maria, SELF, ana, CHILD))))).containsExactly("caseload.household.relationships.onlyNewHeadIsSelf");
        assertThat(refusal(() -> households.changeHead(new ChangeHeadOfHousehold(id, version, maria,
                Map.of(luis, SPOUSE_OR_PARTNER, ana, CHILD))))).containsExactly("caseload.household.head.unchanged");
        assertThat(refusal(() -> households.changeHead(new ChangeHeadOfHousehold(id, version, "stranger",
                Map.of(maria, SPOUSE_OR_PARTNER, luis, OTHER_RELATIVE, ana, CHILD)))))
                .containsExactly("caseload.household.member.unknown");
        assertThat(households.get(id).headClientId()).isEqualTo(maria);
    }

    @Test
    void theFirstHouseholdIsPrimaryAndMakePrimaryMovesIt() {
        Household first = households.create(new CreateHousehold(maria));
        Household second = households.create(new CreateHousehold(luis));
        second = households.addMember(AddHouseholdMember.to(second, maria, SPOUSE_OR_PARTNER));
        assertThat(second.member(maria)).map(HouseholdMember::primary).contains(false);

        Household nowPrimary = households.makePrimary(MakePrimaryHousehold.of(second, maria));

        assertThat(nowPrimary.member(maria)).map(HouseholdMember::primary).contains(true);
        Household former = households.get(first.id());
        assertThat(former.member(maria)).map(HouseholdMember::primary).contains(false);
        assertThat(former.version()).isEqualTo(2);
        assertThat(households.householdsOf(maria)).extracting(household -> household.member(maria).orElseThrow().primary())
                .containsExactly(false, true);
        assertThat(households.primaryHouseholdOf(maria)).map(Household::id).contains(second.id());
    }

    @Test
    void leavingThePrimaryHouseholdLeavesNoneAndTheNextOneJoinedBecomesPrimary() {
        Household household = households.addMember(
                AddHouseholdMember.to(households.create(new CreateHousehold(maria)), luis, CHILD));
        households.removeMember(RemoveHouseholdMember.from(household, luis));

        assertThat(households.primaryHouseholdOf(luis)).isEmpty();
        Household next = households.create(new CreateHousehold(luis));

        assertThat(next.member(luis)).map(HouseholdMember::primary).contains(true);
    }

    @Test
    void makePrimaryNeedsAMember() {
        Household household = households.create(new CreateHousehold(maria));

        assertThat(refusal(() -> households.makePrimary(MakePrimaryHousehold.of(household, luis))))
                .containsExactly("caseload.household.member.unknown");
    }

    @Test
    void anotherOrganizationsHouseholdsAreNotFoundAsMissingOnesAre() {
        Household household = households.create(new CreateHousehold(maria));
        bed.as(WORKER_B);

        assertThatThrownBy(() -> households.get(household.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("household " + household.id() + " was not found");
        assertThatThrownBy(() -> households.get("missing"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("household missing was not found");
        assertThatThrownBy(() -> households.addMember(AddHouseholdMember.to(household, luis, CHILD)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> households.householdsOf(maria)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> households.create(new CreateHousehold(maria))).isInstanceOf(NotFoundException.class);
        bed.as(SYSTEM);
        assertThat(households.get(household.id())).isEqualTo(household);
    }

    @Test
    void anotherOrganizationsPrimaryHouseholdIsNeitherChangedNorRevealed() {
        bed.identity.callAs(TestUsers.user("sharer-a", "org-a", Role.ORGANIZATION_ADMINISTRATOR),
                () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-a", "org-b",
                        CaseworkTestBed.TODAY, SharedRecordKind.CLIENT_IDENTITY)));
        bed.caseload.consents().record(RecordConsent.grant(maria, CaseworkTestBed.TODAY.plusDays(30), "org-b"));
        Household ofA = households.create(new CreateHousehold(maria));
        bed.as(WORKER_B);

        Household first = households.create(new CreateHousehold(maria));
        Household second = households.create(new CreateHousehold(maria));
        Household madePrimary = households.makePrimary(MakePrimaryHousehold.of(second, maria));

        assertThat(first.member(maria).orElseThrow().primary()).as("as if org-a's household did not exist").isTrue();
        assertThat(second.member(maria).orElseThrow().primary()).isFalse();
        assertThat(madePrimary.member(maria).orElseThrow().primary()).isTrue();
        assertThat(households.primaryHouseholdOf(maria)).contains(madePrimary);
        bed.as(WORKER_A);
        assertThat(households.get(ofA.id())).isEqualTo(ofA);
        assertThat(households.primaryHouseholdOf(maria)).contains(ofA);
    }

    @Test
    void readingNeedsClientReadAndChangingNeedsClientWrite() {
        Household household = households.create(new CreateHousehold(maria));
        bed.as(READER_A);

        assertThat(households.get(household.id())).isEqualTo(household);
        assertThatThrownBy(() -> households.create(new CreateHousehold(luis))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> households.addMember(AddHouseholdMember.to(household, luis, CHILD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void commandsAreValidatedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> households.addMember(new AddHouseholdMember(" ", 0, "", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("clientId", "expectedVersion", "householdId", "relationship"));
        assertThatThrownBy(() -> households.changeHead(new ChangeHeadOfHousehold("h", 1, luis,
                java.util.Collections.singletonMap(maria, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).singleElement().asString().startsWith("relationships"));
    }

    @Test
    void householdsOfListsTheClientsHouseholdsOldestFirst() {
        Household first = households.create(new CreateHousehold(maria));
        Household second = households.addMember(AddHouseholdMember.to(households.create(new CreateHousehold(luis)),
                maria, CHILD));
        households.create(new CreateHousehold(ana));

        assertThat(households.householdsOf(maria)).extracting(Household::id).containsExactly(first.id(), second.id());
        bed.as(WORKER_A);
        assertThat(bed.audit("org-a")).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::detail)
                .contains(tuple("household.listForClient", maria, "2 households"));
    }

    private static java.util.List<String> refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::messageKey).toList();
        }
        throw new AssertionError("the call was not refused");
    }
}
