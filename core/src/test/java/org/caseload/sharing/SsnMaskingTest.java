// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;

import java.util.Optional;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.core.Permission;
import org.caseload.testing.TestIdentity;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.caseload.testing.TestUsers;

/** Every read shows the SSN masked; revealing it is a call of its own, audited with its reason. */
class SsnMaskingTest {

    private final PrivacyTestBed bed = new PrivacyTestBed();
    private final Client maria = bed.registerMaria(false);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void everyReadShowsOnlyTheLastFourDigits() {
        bed.signIn(ADMIN_A);

        assertThat(maria.details().ssn()).isEqualTo("*****6789");
        assertThat(bed.caseload.clients().get(maria.id()).details().ssn()).isEqualTo("*****6789");
        assertThat(bed.caseload.clients().search(ClientSearch.byName("maria garcia")))
                .extracting(match -> match.client().details().ssn()).containsExactly("*****6789");
        assertThat(bed.caseload.clientProfiles().profile(maria.id()).client().details().ssn()).isEqualTo("*****6789");
        assertThat(bed.caseload.duplicates().check(PrivacyTestBed.maria()))
                .extracting(candidate -> candidate.client().details().ssn()).containsExactly("*****6789");
    }

    @Test
    void aPartialSsnIsMaskedToItsLastFourToo() {
        Client partial = bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of(
                ClientDetails.named("Ana", "Silva").withSsn("xxx-xx-1234", SsnDataQuality.APPROXIMATE_OR_PARTIAL))));

        assertThat(partial.details().ssn()).isEqualTo("*****1234");
        assertThat(bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(partial.id(), "benefits application")))
                .contains("xxxxx1234");
    }

    @Test
    void anUpdateThatCarriesTheMaskedSsnBackKeepsTheStoredSsn() {
        Client read = bed.as(WORKER_A, () -> bed.caseload.clients().get(maria.id()));

        Client updated = bed.as(WORKER_A, () -> bed.caseload.clients().update(UpdateClient.of(read,
                read.details().withName("Maria", "Elena", "Garcia", null, read.details().nameQuality()))));

        assertThat(updated.details().ssn()).isEqualTo("*****6789");
        assertThat(updated.details().middleName()).isEqualTo("Elena");
        assertThat(bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(maria.id(), "identity check at intake")))
                .contains("123456789");
        assertThat(bed.audit()).filteredOn(entry -> entry.action().equals("client.update"))
                .extracting(AuditEntry::detail).singleElement().asString().doesNotContain("ssn");
    }

    @Test
    void aMaskedSsnThatIsNotTheStoredOneIsRefusedAndChangesNothing() {
        Client read = bed.as(WORKER_A, () -> bed.caseload.clients().get(maria.id()));

        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().update(UpdateClient.of(read,
                read.details().withSsn("*****1111", SsnDataQuality.FULL)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                        .containsExactly(tuple("details.ssn", "caseload.client.ssn.maskedMismatch", "a masked SSN")));
        assertThat(bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(maria.id(), "identity check")))
                .contains("123456789");
    }

    @Test
    void aMaskedSsnStillAgreesWithTheQualityOnceResolved() {
        Client partial = bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of(
                ClientDetails.named("Ana", "Silva").withSsn("xxx-xx-1234", SsnDataQuality.APPROXIMATE_OR_PARTIAL))));

        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().update(UpdateClient.of(partial,
                partial.details().withSsn(partial.details().ssn(), SsnDataQuality.FULL)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("details.ssn", "caseload.client.ssn.partial")));
    }

    @Test
    void aNewClientCannotBeRegisteredWithAMaskedSsn() {
        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of(
                ClientDetails.named("Ana", "Silva").withSsn("***-**-1234", SsnDataQuality.FULL)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("details.ssn", "caseload.client.ssn.masked")));
    }

    @Test
    void revealingIsAuditedWithTheReasonAndNeverTheSsn() {
        Optional<String> ssn = bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(maria.id(),
                "  Benefits   application "));

        assertThat(ssn).contains("123456789");
        assertThat(bed.audit()).last().extracting(AuditEntry::action, AuditEntry::userId, AuditEntry::recordType,
                        AuditEntry::recordId, AuditEntry::detail)
                .containsExactly("client.revealSsn", "admin-a", "client", maria.id(), "reason: Benefits application");
    }

    @Test
    void revealingNeedsItsOwnPermission() {
        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().revealSsn(maria.id(), "curious")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bed.audit()).last().extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly("client.revealSsn", AuditEntry.Outcome.DENIED);
    }

    @Test
    void aClientTheCallerMayNotSeeIsNotFoundEvenWithThePermission() {
        assertThatThrownBy(() -> bed.as(
                TestUsers.builder("revealer-b", "org-b").permissions(Permission.CLIENT_SSN_REVEAL.key()).build(),
                () -> bed.caseload.clients().revealSsn(maria.id(), "curious"))).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "client said 123-45-6789", "born 03/04/1980", "ssn ends 6789",
            "born March 4 1980"})
    void aReasonIsRequiredAndHoldsNoRunOfFourDigits(String reason) {
        assertThatThrownBy(() -> bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(maria.id(), reason)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("reason"));
        assertThat(bed.audit()).noneMatch(entry -> entry.detail() != null && entry.detail().contains("6789"));
    }

    @Test
    void aReasonWithAFewDigitsIsAccepted() {
        assertThat(bed.as(ADMIN_A, () -> bed.caseload.clients().revealSsn(maria.id(), "court order 117, room 4")))
                .contains("123456789");
    }
}
