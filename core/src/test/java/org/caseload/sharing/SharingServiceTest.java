// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_B;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_C;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CASE_NOTES;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CLIENT_IDENTITY;
import static org.caseload.spi.storage.sharing.SharedRecordKind.ENROLLMENTS;

import java.util.Set;
import org.caseload.core.Permission;
import org.caseload.testing.TestIdentity;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;

class SharingServiceTest {

    private final PrivacyTestBed bed = new PrivacyTestBed();
    private final SharingService sharing = bed.caseload.sharing();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anAdministratorRecordsAOneWayAgreementSharingTheOrganizationsOwnRecords() {
        bed.signIn(ADMIN_A);

        SharingAgreement agreement = sharing.create(CreateSharingAgreement.oneWay("org-a", "org-b", bed.today(),
                CLIENT_IDENTITY, ENROLLMENTS).until(bed.today().plusDays(90)));

        assertThat(agreement).extracting(SharingAgreement::sharingOrganizationId,
                        SharingAgreement::receivingOrganizationId, SharingAgreement::direction, SharingAgreement::kinds,
                        SharingAgreement::effectiveTo, SharingAgreement::createdBy, SharingAgreement::version)
                .containsExactly("org-a", "org-b", SharingDirection.ONE_WAY, Set.of(CLIENT_IDENTITY, ENROLLMENTS),
                        bed.today().plusDays(90), "admin-a", 1L);
        assertThat(agreement.appliesOn(bed.today())).isTrue();
        assertThat(sharing.agreements()).containsExactly(agreement);
        assertThat(bed.as(ADMIN_B, sharing::agreements)).containsExactly(agreement);
        assertThat(bed.audit()).last().extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::detail)
                .containsExactly("sharing.list", null, "1 agreements");
    }

    @Test
    void caseNotesAreNeverSharedAndTheRefusalSaysSoAtTheKinds() {
        bed.signIn(ADMIN_A);

        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-b", bed.today(),
                CLIENT_IDENTITY, CASE_NOTES)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("kinds", "caseload.sharing.caseNotesNeverShared")));
        assertThat(sharing.agreements()).isEmpty();
    }

    @Test
    void everyRuleAcrossFieldsIsReportedAtOnce() {
        bed.signIn(ADMIN_A);

        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-a", bed.today(),
                CASE_NOTES).until(bed.today().minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("kinds", "caseload.sharing.caseNotesNeverShared"),
                                tuple("receivingOrganizationId", "caseload.sharing.sameOrganization"),
                                tuple("effectiveTo", "caseload.sharing.endsBeforeStart")));
        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-b",
                bed.today().minusDays(10), ENROLLMENTS).until(bed.today().minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("effectiveTo", "caseload.sharing.endsInThePast")));
        assertThatThrownBy(() -> sharing.create(new CreateSharingAgreement("org-a", "org-b", null, Set.of(), null,
                null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path).containsExactlyInAnyOrder("direction", "kinds", "effectiveFrom"));
    }

    @Test
    void anOrganizationCannotShareAnotherOrganizationsRecordsNorRecordATwoWayAgreement() {
        bed.signIn(ADMIN_B);

        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-b", bed.today(),
                CLIENT_IDENTITY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-b", "org-a", bed.today(),
                CLIENT_IDENTITY).twoWay())).isInstanceOf(AccessDeniedException.class);
        assertThat(bed.as(SYSTEM, () -> sharing.create(CreateSharingAgreement.oneWay("org-b", "org-a", bed.today(),
                CLIENT_IDENTITY).twoWay())).direction()).isEqualTo(SharingDirection.TWO_WAY);
        assertThat(bed.as(SYSTEM, () -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-c", bed.today(),
                CLIENT_IDENTITY))).sharingOrganizationId()).isEqualTo("org-a");
    }

    @Test
    void withoutSharingAdministrationNothingIsRecordedOrListed() {
        bed.signIn(WORKER_A);

        assertThatThrownBy(() -> sharing.create(CreateSharingAgreement.oneWay("org-a", "org-b", bed.today(),
                CLIENT_IDENTITY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(sharing::agreements).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eitherPartyEndsAnAgreementOnceAtTheVersionItRead() {
        SharingAgreement agreement = bed.shareAToB(CLIENT_IDENTITY);
        bed.signIn(ADMIN_B);

        SharingAgreement ended = sharing.end(EndSharingAgreement.of(agreement));

        assertThat(ended.endedBy()).isEqualTo("admin-b");
        assertThat(ended.endedAt()).isEqualTo(PrivacyTestBed.START);
        assertThat(ended.appliesOn(bed.today())).isFalse();
        assertThat(ended.version()).isEqualTo(2);
        assertThatThrownBy(() -> sharing.end(EndSharingAgreement.of(agreement)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> sharing.end(EndSharingAgreement.of(ended)))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void anOrganizationThatIsNotAPartyCannotFindTheAgreement() {
        SharingAgreement agreement = bed.shareAToB(CLIENT_IDENTITY);

        assertThatThrownBy(() -> bed.as(
                TestUsers.builder("admin-c", "org-c").permissions(Permission.SHARING_ADMINISTER.key()).build(),
                () -> sharing.end(EndSharingAgreement.of(agreement)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.as(WORKER_C, () -> sharing.end(EndSharingAgreement.of(agreement))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bed.as(SYSTEM, () -> sharing.end(EndSharingAgreement.of(agreement))).endedBy()).isEqualTo("root");
    }
}
