// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;
import static org.caseload.sharing.PrivacyTestBed.WORKER_C;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CLIENT_IDENTITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.caseload.clients.Client;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

    private final PrivacyTestBed bed = new PrivacyTestBed();
    private final ConsentService consents = bed.caseload.consents();
    private final Client maria = bed.registerMaria(false);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aGrantIsRecordedPerOrganizationUntilItsLastDay() {
        bed.signIn(WORKER_A);
        LocalDate lastDay = bed.today().plusDays(365);

        List<Consent> recorded = consents.record(RecordConsent.grant(maria.id(), lastDay, "org-c", "org-b"));

        assertThat(recorded).extracting(Consent::organizationId, Consent::decision, Consent::validUntil,
                        Consent::recordedByOrganizationId, Consent::recordedBy)
                .containsExactly(tuple("org-b", ConsentDecision.GRANTED, lastDay, "org-a", "worker-a"),
                        tuple("org-c", ConsentDecision.GRANTED, lastDay, "org-a", "worker-a"));
        assertThat(recorded.get(0).grantsOn(lastDay)).isTrue();
        assertThat(recorded.get(0).grantsOn(lastDay.plusDays(1))).isFalse();
        assertThat(consents.consentsOf(maria.id())).containsExactlyElementsOf(recorded);
        assertThat(bed.audit()).filteredOn(entry -> entry.action().equals("consent.record"))
                .extracting(AuditEntry::recordId, AuditEntry::detail)
                .containsExactly(tuple(maria.id(), "GRANTED for org-b, org-c"));
    }

    @Test
    void aGrantNeedsALastDayNotInThePastAndARefusalHasNone() {
        bed.signIn(WORKER_A);

        assertThat(violations(() -> consents.record(new RecordConsent(maria.id(), Set.of("org-b"),
                ConsentDecision.GRANTED, null))))
                .containsExactly(tuple("validUntil", "caseload.consent.validUntil.missing"));
        assertThat(violations(() -> consents.record(RecordConsent.grant(maria.id(), bed.today().minusDays(1),
                "org-b")))).containsExactly(tuple("validUntil", "caseload.consent.validUntil.past"));
        assertThat(violations(() -> consents.record(new RecordConsent(maria.id(), Set.of("org-b"),
                ConsentDecision.REFUSED, bed.today())))).containsExactly(tuple("validUntil",
                "caseload.consent.validUntil.refusal"));
        assertThat(consents.consentsOf(maria.id())).isEmpty();
    }

    @Test
    void aRefusalStandsUntilItIsRevoked() {
        bed.signIn(WORKER_A);
        Consent refusal = consents.record(RecordConsent.refuse(maria.id(), "org-b")).get(0);

        assertThat(violations(() -> consents.record(RecordConsent.grant(maria.id(), bed.today().plusDays(5),
                "org-b")))).containsExactly(tuple("organizationIds", "caseload.consent.refusalStands"));

        Consent revoked = consents.revoke(RevokeConsent.of(refusal));
        assertThat(revoked.revokedBy()).isEqualTo("worker-a");
        assertThat(revoked.revokedAt()).isEqualTo(PrivacyTestBed.START);
        assertThat(consents.record(RecordConsent.grant(maria.id(), bed.today().plusDays(5), "org-b")))
                .singleElement().extracting(Consent::decision).isEqualTo(ConsentDecision.GRANTED);
    }

    @Test
    void aDecisionIsRevokedOnceAtTheVersionItRead() {
        bed.signIn(WORKER_A);
        Consent grant = consents.record(RecordConsent.grant(maria.id(), bed.today().plusDays(5), "org-b")).get(0);
        Consent revoked = consents.revoke(RevokeConsent.of(grant));

        assertThat(revoked.grantsOn(bed.today())).isFalse();
        assertThatThrownBy(() -> consents.revoke(RevokeConsent.of(grant)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> consents.revoke(RevokeConsent.of(revoked)))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void anotherOrganizationSeesOnlyTheDecisionsAboutItself() {
        bed.shareAToB(CLIENT_IDENTITY);
        List<Consent> recorded = bed.as(WORKER_A, () -> consents.record(RecordConsent.grant(maria.id(),
                bed.today().plusDays(5), "org-b", "org-c")));

        assertThat(bed.as(WORKER_B, () -> consents.consentsOf(maria.id())))
                .extracting(Consent::organizationId).containsExactly("org-b");
        Consent aboutC = recorded.stream().filter(c -> c.organizationId().equals("org-c")).findFirst().orElseThrow();
        assertThatThrownBy(() -> bed.as(WORKER_B, () -> consents.revoke(RevokeConsent.of(aboutC))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheClientsOrganizationRecordsOrRevokesDecisions() {
        bed.shareAToB(CLIENT_IDENTITY);
        Consent grant = bed.consentToB(maria.id(), bed.today().plusDays(30)).get(0);
        bed.as(WORKER_A, () -> consents.revoke(RevokeConsent.of(grant)));
        bed.consentToB(maria.id(), bed.today().plusDays(30));

        assertThatThrownBy(() -> bed.as(WORKER_B, () -> consents.record(RecordConsent.grant(maria.id(),
                bed.today().plusDays(400), "org-b", "org-c")))).isInstanceOf(AccessDeniedException.class);
        Consent current = bed.as(WORKER_B, () -> consents.consentsOf(maria.id())).stream()
                .filter(consent -> consent.revokedAt() == null).findFirst().orElseThrow();
        assertThatThrownBy(() -> bed.as(WORKER_B, () -> consents.revoke(RevokeConsent.of(current))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(bed.as(WORKER_A, () -> consents.consentsOf(maria.id())))
                .extracting(Consent::organizationId, Consent::validUntil, consent -> consent.revokedAt() != null)
                .containsExactlyInAnyOrder(tuple("org-b", bed.today().plusDays(30), true),
                        tuple("org-b", bed.today().plusDays(30), false));
    }

    @Test
    void aClientTheCallerMayNotSeeIsNotFound() {
        assertThatThrownBy(() -> bed.as(WORKER_C, () -> consents.record(RecordConsent.grant(maria.id(),
                bed.today().plusDays(5), "org-c")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.as(WORKER_C, () -> consents.consentsOf(maria.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.as(WORKER_A, () -> consents.consentsOf(maria.id()))).isEmpty();
    }

    private static List<Tuple> violations(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> tuple(v.path(), v.messageKey())).toList();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
