// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CLIENT_IDENTITY;

import java.util.ArrayList;
import java.util.List;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.storage.clients.ClientRecord;
import org.junit.jupiter.api.Test;

/**
 * A client registered with restricted intake stays with the organization that registered it: no
 * other organization, whatever agreement or consent exists, finds it, and another organization's
 * duplicate check answers exactly as if it did not exist.
 */
class RestrictedIntakeTest {

    @Test
    void restrictedIntakeIsStoredAndAnUpdateKeepsIt() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(true);
            bed.as(WORKER_A, () -> bed.caseload.clients().update(UpdateClient.of(maria,
                    maria.details().withName("Maria", "Elena", "Garcia", null, maria.details().nameQuality()))));

            ClientRecord stored = bed.storage.inTransaction(session -> session.clients().findById(maria.id()))
                    .orElseThrow();
            assertThat(stored.restricted()).isTrue();
            assertThat(bed.as(WORKER_A, () -> bed.caseload.clients().get(maria.id())).id()).isEqualTo(maria.id());
        }
    }

    @Test
    void noOtherOrganizationFindsItWhateverAgreementOrConsent() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(true);
            bed.shareAToB(CLIENT_IDENTITY);
            bed.consentToB(maria.id(), bed.today().plusDays(30));

            assertThatThrownBy(() -> bed.as(WORKER_B, () -> bed.caseload.clients().get(maria.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> bed.as(SYSTEM, () -> bed.caseload.clients().get(maria.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(bed.as(WORKER_B, () -> bed.caseload.clients().search(ClientSearch.byName("maria garcia"))))
                    .isEmpty();
        }
    }

    @Test
    void anotherOrganizationsDuplicateCheckAndSearchAnswerAsIfItDidNotExist() {
        List<String> withRestricted = seenByB(true);
        List<String> without = seenByB(false);

        assertThat(withRestricted).isEqualTo(without).isNotEmpty();
    }

    @Test
    void anotherOrganizationsIntakeIsNotStoppedByIt() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            bed.registerMaria(true);
            bed.shareAToB(CLIENT_IDENTITY);

            Client registered = bed.as(WORKER_B, () -> bed.caseload.clients().register(
                    RegisterClient.of(PrivacyTestBed.maria())));

            assertThat(registered.organizationId()).isEqualTo("org-b");
        }
    }

    /**
     * What org-b's duplicate check and search show, with org-b's own similar client and a shared
     * client of org-a, when org-a did or did not register Maria with restricted intake first.
     */
    private static List<String> seenByB(boolean restrictedMariaExists) {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            if (restrictedMariaExists) {
                bed.registerMaria(true);
            }
            bed.shareAToB(CLIENT_IDENTITY);
            Client shared = bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of(
                    ClientDetails.named("Mario", "Garcia").withDateOfBirth(PrivacyTestBed.DATE_OF_BIRTH,
                            DobDataQuality.FULL)).confirmingDuplicates()));
            bed.consentToB(shared.id(), bed.today().plusDays(30));
            bed.as(WORKER_B, () -> bed.caseload.clients().register(RegisterClient.of(ClientDetails.named("Marie",
                    "Garcia").withDateOfBirth(PrivacyTestBed.DATE_OF_BIRTH, DobDataQuality.FULL))
                    .confirmingDuplicates()));
            return bed.as(WORKER_B, () -> {
                List<String> seen = new ArrayList<>();
                bed.caseload.duplicates().check(PrivacyTestBed.maria()).forEach(candidate -> seen.add("check "
                        + candidate.client().organizationId() + " " + candidate.client().fullName() + " "
                        + candidate.match().score()));
                bed.caseload.clients().search(ClientSearch.byName("garcia")).forEach(match -> seen.add("search "
                        + match.client().organizationId() + " " + match.client().fullName() + " " + match.score()));
                return seen;
            });
        }
    }
}
