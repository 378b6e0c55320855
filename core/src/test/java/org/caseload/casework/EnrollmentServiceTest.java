// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.ADMIN_A;
import static org.caseload.casework.CaseworkTestBed.READER_A;
import static org.caseload.casework.CaseworkTestBed.SYSTEM;
import static org.caseload.casework.CaseworkTestBed.TODAY;
import static org.caseload.casework.CaseworkTestBed.WORKER_A;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.CHILD;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SELF;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnrollmentServiceTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final EnrollmentService enrollments = bed.caseload.enrollments();
    private final HouseholdService households = bed.caseload.households();
    private final String maria = bed.clientOfA("Maria");
    private final String ana = bed.clientOfA("Ana");
    private final Project shelter = bed.projectOfA("Shelter");
    private final Household family = households.addMember(
            AddHouseholdMember.to(households.create(new CreateHousehold(maria)), ana, CHILD));

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void projectsAreRegisteredByAnAdministratorAndListedByName() {
        bed.as(ADMIN_A);
        Project outreach = enrollments.registerProject(new RegisterProject("  Outreach "));

        assertThat(outreach.name()).isEqualTo("Outreach");
        assertThat(outreach.organizationId()).isEqualTo("org-a");
        assertThat(enrollments.projects()).containsExactly(outreach, shelter);
        bed.as(WORKER_A);
        assertThatThrownBy(() -> enrollments.registerProject(new RegisterProject("Rogue")))
                .isInstanceOf(AccessDeniedException.class);
        bed.as(WORKER_B);
        assertThat(enrollments.projects()).isEmpty();
    }

    @Test
    void enrollsAClientWithTheirRelationshipFromTheHousehold() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment child = enroll(ana, JAN_1.plusDays(2));

        assertThat(head.relationship()).isEqualTo(SELF);
        assertThat(child.relationship()).isEqualTo(CHILD);
        assertThat(child).extracting(Enrollment::projectId, Enrollment::householdId, Enrollment::entryDate,
                Enrollment::isOpen, Enrollment::version, Enrollment::organizationId)
                .containsExactly(shelter.id(), family.id(), JAN_1.plusDays(2), true, 1L, "org-a");
        assertThat(enrollments.get(child.id())).isEqualTo(child);
        assertThat(bed.audit("org-a")).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::recordId)
                .contains(tuple("enrollment.enroll", Outcome.SUCCEEDED, child.id()));
    }

    @Test
    void theRelationshipIsTheOneTheHouseholdHasOnEntry() {
        Household changed = households.changeHead(new ChangeHeadOfHousehold(family.id(), family.version(), ana,
                Map.of(maria, SPOUSE_OR_PARTNER)));

        Enrollment ofAna = enroll(ana, JAN_1);

        assertThat(ofAna.relationship()).isEqualTo(SELF);
        assertThat(changed.version()).isEqualTo(family.version() + 1);
    }

    @Test
    void onlyMembersOfTheHouseholdEnterWithIt() {
        String stranger = bed.clientOfA("Stranger");

        assertThat(refusal(() -> enroll(stranger, JAN_1))).containsExactly("caseload.enrollment.notHouseholdMember");
    }

    @Test
    void aClientsEnrollmentsInOneProjectDoNotOverlap() {
        Enrollment first = enroll(maria, JAN_1);
        assertThat(refusal(() -> enroll(maria, JAN_1.plusDays(10)))).containsExactly("caseload.enrollment.overlap");

        enrollments.exit(ExitEnrollment.of(first, JAN_1.plusDays(10), Destination.TRANSITIONAL_HOUSING));

        assertThat(refusal(() -> enroll(maria, JAN_1.plusDays(9)))).containsExactly("caseload.enrollment.overlap");
        assertThat(refusal(() -> enroll(maria, JAN_1.minusDays(3)))).containsExactly("caseload.enrollment.overlap");
        Enrollment returning = enroll(maria, JAN_1.plusDays(10));
        assertThat(returning.isOpen()).isTrue();
        Project other = bed.projectOfA("Food bank");
        assertThat(enrollments.enroll(new EnrollClient(maria, other.id(), family.id(), JAN_1)).isOpen()).isTrue();
    }

    @Test
    void theHeadEntersFirstAndMembersEnterWhileTheHeadIsEnrolled() {
        assertThat(refusal(() -> enroll(ana, JAN_1))).containsExactly("caseload.enrollment.head.missing");
        Enrollment head = enroll(maria, JAN_1.plusDays(5));
        assertThat(refusal(() -> enroll(ana, JAN_1.plusDays(4)))).containsExactly("caseload.enrollment.head.missing");
        enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(20), Destination.RENTAL_NO_SUBSIDY));

        assertThat(refusal(() -> enroll(ana, JAN_1.plusDays(20)))).containsExactly("caseload.enrollment.head.missing");
        assertThat(enroll(ana, JAN_1.plusDays(19)).relationship()).isEqualTo(CHILD);
    }

    @Test
    void aHouseholdHasOneHeadAtATimeInAProject() {
        enroll(maria, JAN_1);
        Household changed = households.changeHead(new ChangeHeadOfHousehold(family.id(), family.version(), ana,
                Map.of(maria, SPOUSE_OR_PARTNER)));

        assertThat(refusal(() -> enroll(ana, JAN_1.plusDays(1)))).containsExactly("caseload.enrollment.head.duplicate");
        assertThat(changed.headClientId()).isEqualTo(ana);
    }

    @Test
    void exitsWithADateAndAHudDestinationOnce() {
        Enrollment open = enroll(maria, JAN_1);

        Enrollment exited = enrollments.exit(ExitEnrollment.of(open, JAN_1.plusDays(30), Destination.RENTAL_WITH_SUBSIDY));

        assertThat(exited).extracting(Enrollment::exitDate, Enrollment::destination, Enrollment::isOpen,
                Enrollment::version).containsExactly(JAN_1.plusDays(30), Destination.RENTAL_WITH_SUBSIDY, false, 2L);
        assertThat(exited.destination().code()).isEqualTo(435);
        assertThatThrownBy(() -> enrollments.exit(ExitEnrollment.of(exited, JAN_1.plusDays(31), Destination.OTHER)))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.fromState()).isEqualTo("EXITED"));
    }

    @Test
    void anExitIsNotBeforeTheEntryNorInTheFuture() {
        Enrollment open = enroll(maria, JAN_1);

        assertThat(refusal(() -> enrollments.exit(ExitEnrollment.of(open, JAN_1.minusDays(1), Destination.OTHER))))
                .containsExactly("caseload.enrollment.exitDate.beforeEntry");
        assertThat(refusal(() -> enrollments.exit(ExitEnrollment.of(open, TODAY.plusDays(1), Destination.OTHER))))
                .containsExactly("jakarta.validation.constraints.PastOrPresent.message");
        assertThat(enrollments.exit(ExitEnrollment.of(open, JAN_1, Destination.DECEASED)).exitDate()).isEqualTo(JAN_1);
    }

    @Test
    void theHeadCannotBeExitedBeforeAMemberEntered() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(10));

        assertThat(refusal(() -> enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(10), Destination.OTHER)
                .withNewHead(member)))).containsExactly("caseload.enrollment.exitDate.beforeMemberEntry");
        assertThat(enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(11), Destination.OTHER)
                .withNewHead(member)).isOpen()).isFalse();
    }

    @Test
    void theHeadLeavingMembersBehindNamesTheNewHeadInTheSameCall() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(2));
        ExitEnrollment exit = ExitEnrollment.of(head, JAN_1.plusDays(20), Destination.OTHER);

        assertThat(refusal(() -> enrollments.exit(exit)))
                .containsExactly("caseload.enrollment.head.successor.missing");
        assertThat(refusal(() -> enrollments.exit(exit.withNewHead(head))))
                .containsExactly("caseload.enrollment.head.successor.notStaying");
        assertThat(enrollments.get(head.id()).isOpen()).isTrue();
        assertThat(enrollments.get(member.id()).relationship()).isEqualTo(CHILD);

        enrollments.exit(exit.withNewHead(member));

        assertThat(enrollments.get(head.id())).extracting(Enrollment::isOpen, Enrollment::relationship)
                .containsExactly(false, RelationshipToHeadOfHousehold.DATA_NOT_COLLECTED);
        assertThat(enrollments.get(member.id())).extracting(Enrollment::relationship, Enrollment::version)
                .containsExactly(RelationshipToHeadOfHousehold.SELF, member.version() + 1);
    }

    @Test
    void theExitingHeadTakesItsRelationshipToTheNewHeadSoTheHouseholdHasOneHead() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(2));
        ExitEnrollment exit = ExitEnrollment.of(head, JAN_1.plusDays(20), Destination.OTHER);

        assertThat(refusal(() -> enrollments.exit(exit.withNewHead(member, RelationshipToHeadOfHousehold.SELF))))
                .containsExactly("caseload.enrollment.head.formerRelationship.self");
        assertThat(refusal(() -> enrollments.exit(new ExitEnrollment(head.id(), head.version(), JAN_1.plusDays(20),
                Destination.OTHER, null, RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER))))
                .containsExactly("caseload.enrollment.head.formerRelationship.withoutSuccessor");
        assertThat(enrollments.get(head.id()).relationship()).isEqualTo(RelationshipToHeadOfHousehold.SELF);

        enrollments.exit(exit.withNewHead(member, RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER));

        assertThat(enrollments.get(head.id()).relationship()).isEqualTo(RelationshipToHeadOfHousehold.SPOUSE_OR_PARTNER);
        assertThat(enrollments.get(member.id()).relationship()).isEqualTo(RelationshipToHeadOfHousehold.SELF);
    }

    @Test
    void eachStayOfTheHouseholdHasItsOwnHouseholdStayIdWhichItsMembersShare() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(2));
        enrollments.exit(ExitEnrollment.of(member, JAN_1.plusDays(9), Destination.OTHER));
        enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(10), Destination.OTHER));

        Enrollment headAgain = enroll(maria, JAN_1.plusDays(20));
        Enrollment memberAgain = enroll(ana, JAN_1.plusDays(20));

        assertThat(head.householdStayId()).isNotBlank().isEqualTo(member.householdStayId());
        assertThat(headAgain.householdStayId()).isNotBlank().isEqualTo(memberAgain.householdStayId())
                .isNotEqualTo(head.householdStayId());
        assertThat(headAgain.householdId()).isEqualTo(head.householdId());
    }

    @Test
    void aMemberNamedTheNewHeadKeepsTheStay() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(2));

        enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(5), Destination.OTHER).withNewHead(member));

        assertThat(enrollments.get(member.id()).householdStayId()).isEqualTo(head.householdStayId());
    }

    @Test
    void aHeadLeavingLastNamesNoNewHeadAndOnlyAHeadsExitNamesOne() {
        Enrollment head = enroll(maria, JAN_1);
        Enrollment member = enroll(ana, JAN_1.plusDays(2));

        assertThat(refusal(() -> enrollments.exit(ExitEnrollment.of(member, JAN_1.plusDays(5), Destination.OTHER)
                .withNewHead(head)))).containsExactly("caseload.enrollment.head.successor.notHeadExit");
        enrollments.exit(ExitEnrollment.of(member, JAN_1.plusDays(5), Destination.OTHER));

        assertThat(enrollments.exit(ExitEnrollment.of(head, JAN_1.plusDays(6), Destination.OTHER)).isOpen()).isFalse();
    }

    @Test
    void anExitNamingAStaleVersionIsRefused() {
        Enrollment open = enroll(maria, JAN_1);
        ExitEnrollment stale = new ExitEnrollment(open.id(), open.version() + 1, JAN_1.plusDays(1), Destination.OTHER);

        assertThatThrownBy(() -> enrollments.exit(stale)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(enrollments.get(open.id()).isOpen()).isTrue();
    }

    @Test
    void enrollmentsOfAClientAreListedLatestEntryFirst() {
        Enrollment first = enroll(maria, JAN_1);
        enrollments.exit(ExitEnrollment.of(first, JAN_1.plusDays(3), Destination.OTHER));
        Enrollment second = enroll(maria, JAN_1.plusDays(3));

        assertThat(enrollments.enrollmentsOf(maria)).extracting(Enrollment::id).containsExactly(second.id(), first.id());
    }

    @Test
    void anotherOrganizationSeesNoneOfItAndCannotUseTheProject() {
        Enrollment enrollment = enroll(maria, JAN_1);
        bed.as(WORKER_B);

        assertThatThrownBy(() -> enrollments.get(enrollment.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.enrollmentsOf(maria)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.exit(ExitEnrollment.of(enrollment, JAN_1, Destination.OTHER)))
                .isInstanceOf(NotFoundException.class);
        bed.as(SYSTEM);
        assertThat(enrollments.get(enrollment.id())).isEqualTo(enrollment);
    }

    @Test
    void aProjectOfAnotherOrganizationIsNotFound() {
        bed.as(CaseworkTestBed.ADMIN_B);
        Project ofB = enrollments.registerProject(new RegisterProject("Harbor"));
        bed.as(WORKER_A);

        assertThatThrownBy(() -> enrollments.enroll(new EnrollClient(maria, ofB.id(), family.id(), JAN_1)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.recordType()).isEqualTo("project"));
    }

    @Test
    void readersCannotEnroll() {
        bed.as(READER_A);

        assertThatThrownBy(() -> enroll(maria, JAN_1)).isInstanceOf(AccessDeniedException.class);
    }

    private Enrollment enroll(String clientId, LocalDate entryDate) {
        return enrollments.enroll(new EnrollClient(clientId, shelter.id(), family.id(), entryDate));
    }

    private static List<String> refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::messageKey).toList();
        }
        throw new AssertionError("the call was not refused");
    }
}
