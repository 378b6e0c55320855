// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.DATE_OF_BIRTH;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CLIENT_IDENTITY;
import static org.caseload.spi.storage.sharing.SharedRecordKind.ENROLLMENTS;
import static org.caseload.spi.storage.sharing.SharedRecordKind.SERVICES;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caseload.audit.AuditSearch;
import org.caseload.casework.HistoryRequest;
import org.caseload.clients.Client;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/**
 * A full workflow, failures included, touching every service that reads or writes a client; then
 * every audit entry written is scanned for the clients' SSNs and dates of birth, in every form
 * they could be written.
 */
class AuditHoldsNoSsnOrBirthDateTest {

    private static final String NEW_SSN = "234-56-7890";

    @Test
    void noAuditEntryOfAFullWorkflowHoldsAnSsnOrADateOfBirth() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(false);
            PrivacyTestBed.Casework casework = bed.caseworkOfA(maria.id());
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            bed.as(WORKER_A, () -> {
                Client read = bed.caseload.clients().get(maria.id());
                bed.caseload.clients().update(UpdateClient.of(read, read.details().withSsn(NEW_SSN, SsnDataQuality.FULL)
                        .withDateOfBirth(DATE_OF_BIRTH.plusDays(1), DobDataQuality.FULL)));
                bed.caseload.clients().search(ClientSearch.byName("maria garcia"));
                bed.caseload.duplicates().check(PrivacyTestBed.maria());
                failing(() -> bed.caseload.clients().register(RegisterClient.of(PrivacyTestBed.maria())));
                failing(() -> bed.caseload.clients().register(RegisterClient.of(PrivacyTestBed.maria()
                        .withSsn("666-12-3456", SsnDataQuality.FULL))));
                bed.caseload.clients().register(RegisterClient.of(PrivacyTestBed.maria()).confirmingDuplicates()
                        .withRestrictedIntake());
                return null;
            });
            bed.as(WORKER_B, () -> {
                bed.caseload.clientProfiles().profile(maria.id());
                bed.caseload.enrollments().enrollmentsOf(maria.id());
                bed.caseload.serviceDeliveries().deliveriesOf(HistoryRequest.recent(maria.id()));
                failing(() -> bed.caseload.caseNotes().get(casework.noteId()));
                failing(() -> bed.caseload.clients().update(UpdateClient.of(bed.caseload.clients().get(maria.id()),
                        PrivacyTestBed.maria())));
                return null;
            });
            bed.as(ADMIN_A, () -> {
                bed.caseload.clients().revealSsn(maria.id(), "identity check for housing voucher");
                failing(() -> bed.caseload.clients().revealSsn(maria.id(), "told me 123-45-6789"));
                bed.caseload.audit().find(AuditSearch.ownOrganization().aboutClient(maria.id()));
                return null;
            });
            bed.as(SYSTEM, () -> bed.caseload.audit().find(AuditSearch.everyOrganization()));

            List<AuditEntry> entries = bed.audit();

            assertThat(entries).hasSizeGreaterThan(20);
            assertThat(entries).extracting(AuditEntry::action).contains("client.update", "client.revealSsn",
                    "client.register", "consent.record", "sharing.create", "audit.find");
            for (AuditEntry entry : entries) {
                String fields = String.join("|", Stream.of(entry.id(), entry.userId(), entry.organizationId(),
                        entry.action(), entry.recordType(), entry.recordId(), entry.detail())
                        .map(String::valueOf).toList());
                for (String secret : secrets()) {
                    assertThat(fields).as("audit entry %s", entry.action()).doesNotContain(secret);
                }
                String detail = String.valueOf(entry.detail());
                assertThat(detail).as("detail of %s", entry.action()).doesNotContain("6789", "7890", "1980");
            }
        }
    }

    /** Every SSN and date of birth of the workflow, in the forms they are written. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String ssn : List.of(PrivacyTestBed.SSN, NEW_SSN, "666-12-3456")) {
            secrets.add(ssn);
            secrets.add(ssn.replace("-", ""));
        }
        for (LocalDate day : List.of(DATE_OF_BIRTH, DATE_OF_BIRTH.plusDays(1))) {
            secrets.add(day.toString());
            secrets.add(day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            secrets.add(day.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
            secrets.add(day.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        return secrets;
    }

    private static void failing(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(CaseloadException.class);
    }
}
