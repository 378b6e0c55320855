// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.caseload.audit.AuditPage;
import org.caseload.audit.AuditSearch;
import org.caseload.audit.AuditService;
import org.caseload.clients.Client;
import org.caseload.clients.RegisterClient;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An organization's administrator reads its audit log by client, by user and by date range, a page at a time. */
class AuditServiceTest {

    private final PrivacyTestBed bed = new PrivacyTestBed();
    private final AuditService audit = bed.caseload.audit();
    private final Client maria = bed.registerMaria(false);
    private final Client ana;

    AuditServiceTest() {
        bed.clock.advance(Duration.ofHours(1));
        ana = bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of("Ana", "Silva", null)));
        bed.as(WORKER_A, () -> bed.caseload.clients().get(maria.id()));
        bed.clock.advance(Duration.ofHours(1));
        bed.as(ADMIN_A, () -> bed.caseload.clients().get(maria.id()));
        bed.as(WORKER_B, () -> bed.caseload.enrollments().projects());
        bed.clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theAdministratorReadsTheOrganizationsEntriesAboutAClient() {
        AuditPage page = bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization().aboutClient(maria.id())));

        assertThat(page.entries()).extracting(AuditEntry::action, AuditEntry::userId)
                .containsExactly(tuple("client.register", "worker-a"),
                        tuple("client.get", "worker-a"),
                        tuple("client.get", "admin-a"));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void byUserAndByDateRange() {
        assertThat(bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization().byUser("admin-a"))).entries())
                .extracting(AuditEntry::action).containsExactly("client.get");
        assertThat(bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization().between(
                PrivacyTestBed.START.plus(Duration.ofHours(1)), PrivacyTestBed.START.plus(Duration.ofHours(2)))))
                .entries()).extracting(AuditEntry::action, AuditEntry::recordId)
                .containsExactly(tuple("client.register", ana.id()),
                        tuple("client.get", maria.id()));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<AuditEntry> all = bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization())).entries();
        List<AuditEntry> paged = new ArrayList<>();
        AuditSearch search = AuditSearch.ownOrganization().pagesOf(2);
        AuditPage page;
        do {
            AuditSearch current = search;
            page = bed.as(ADMIN_A, () -> audit.find(current));
            paged.addAll(page.entries());
            search = search.next(page);
        } while (page.hasNext());

        // The reads of the log are appended as it is read; the organization's earlier entries come back once each.
        assertThat(paged).startsWith(all.toArray(AuditEntry[]::new));
        assertThat(paged).doesNotHaveDuplicates();
        assertThat(all).extracting(AuditEntry::organizationId).containsOnly("org-a");
    }

    @Test
    void onlyTheAdministratorsOwnOrganizationUnlessSystemAdministrator() {
        assertThatThrownBy(() -> bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization().inOrganization("org-b"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bed.as(ADMIN_A, () -> audit.find(AuditSearch.everyOrganization())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bed.as(WORKER_A, () -> audit.find(AuditSearch.ownOrganization())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(bed.as(SYSTEM, () -> audit.find(AuditSearch.ownOrganization().inOrganization("org-b"))).entries())
                .extracting(AuditEntry::action).containsExactly("project.list");
        assertThat(bed.as(SYSTEM, () -> audit.find(AuditSearch.everyOrganization().byUser("worker-b"))).entries())
                .extracting(AuditEntry::organizationId).containsExactly("org-b");
    }

    @Test
    void anInvalidSearchIsRefusedWithEveryViolation() {
        AuditSearch invalid = new AuditSearch("org-a", null, null, PrivacyTestBed.START,
                PrivacyTestBed.START.minusSeconds(1), 0, "not a token", true);

        assertThatThrownBy(() -> bed.as(SYSTEM, () -> audit.find(invalid)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("pageSize"));
        assertThatThrownBy(() -> bed.as(SYSTEM, () -> audit.find(new AuditSearch("org-a", null, null,
                PrivacyTestBed.START, PrivacyTestBed.START.minusSeconds(1), 10, "bm90IGEgdG9rZW4", true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("organizationId", "to", "pageToken"));
    }
}
