// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.DATE_OF_BIRTH;
import static org.caseload.sharing.PrivacyTestBed.SSN;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;

import java.util.List;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.DuplicateCandidate;
import org.caseload.clients.RegisterClient;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user who may not reveal SSNs learns nothing from an SSN in a search or an intake check: the
 * results, their order, scores and verdicts are those of the same request without the SSN.
 */
class SsnProbeTest {

    private static final String OTHER_SSN = "234-56-7891";

    private final PrivacyTestBed bed = new PrivacyTestBed();

    SsnProbeTest() {
        bed.registerMaria(false);
        bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of(ClientDetails.named("Maria", "Garcia")
                .withSsn(OTHER_SSN, SsnDataQuality.FULL)
                .withDateOfBirth(DATE_OF_BIRTH.plusYears(1), DobDataQuality.FULL)).confirmingDuplicates()));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aGuessedSsnMovesNothingInASearch() {
        List<String> without = search(WORKER_A, null);

        assertThat(search(WORKER_A, SSN)).isEqualTo(without);
        assertThat(search(WORKER_A, OTHER_SSN)).isEqualTo(without);
        assertThat(search(WORKER_A, "6789")).isEqualTo(without);
        assertThat(bed.as(WORKER_A, () -> bed.caseload.clients().search(ClientSearch.byName(SSN)))).isEmpty();
        assertThat(search(ADMIN_A, SSN)).as("compared for a user who may reveal SSNs").isNotEqualTo(without);
    }

    @Test
    void aGuessedSsnMovesNothingInAnIntakeCheck() {
        List<String> without = check(WORKER_A, PrivacyTestBed.maria().withSsn(null, SsnDataQuality.DATA_NOT_COLLECTED));

        assertThat(check(WORKER_A, PrivacyTestBed.maria())).isEqualTo(without);
        assertThat(check(WORKER_A, PrivacyTestBed.maria().withSsn(OTHER_SSN, SsnDataQuality.FULL))).isEqualTo(without);
        assertThat(check(ADMIN_A, PrivacyTestBed.maria())).as("compared for a user who may reveal SSNs")
                .isNotEqualTo(without);
    }

    @Test
    void repeatedProbesAreAuditedAsSuch() {
        search(WORKER_A, SSN);
        search(WORKER_A, OTHER_SSN);
        check(WORKER_A, PrivacyTestBed.maria());
        search(WORKER_A, null);
        search(ADMIN_A, SSN);

        assertThat(bed.audit()).filteredOn(entry -> entry.action().startsWith("client.search")
                        || entry.action().equals("client.duplicates.check"))
                .extracting(AuditEntry::userId, entry -> entry.detail().endsWith("SSN probe: not compared without "
                        + "client.ssn.reveal"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("worker-a", true),
                        org.assertj.core.groups.Tuple.tuple("worker-a", true),
                        org.assertj.core.groups.Tuple.tuple("worker-a", true),
                        org.assertj.core.groups.Tuple.tuple("worker-a", false),
                        org.assertj.core.groups.Tuple.tuple("admin-a", false));
    }

    /** Each match as its client id, score and field agreements, in the order returned. */
    private List<String> search(Principal user, String ssn) {
        return bed.as(user, () -> bed.caseload.clients().search(ClientSearch.of("Maria", "Garcia", null, ssn)))
                .stream().map(SsnProbeTest::describe).toList();
    }

    private List<String> check(Principal user, ClientDetails details) {
        return bed.as(user, () -> bed.caseload.duplicates().check(details)).stream()
                .map(SsnProbeTest::describe).toList();
    }

    private static String describe(ClientMatch match) {
        return match.client().id() + " " + match.score() + " " + match.fields();
    }

    private static String describe(DuplicateCandidate candidate) {
        return candidate.client().id() + " " + candidate.match().score() + " "
                + candidate.match().classification() + " " + candidate.match().fields();
    }
}
