// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_B;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;

import java.util.ArrayList;
import java.util.List;
import org.caseload.audit.AuditPage;
import org.caseload.audit.AuditSearch;
import org.caseload.audit.AuditService;
import org.caseload.clients.Client;
import org.caseload.clients.RegisterClient;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit log keeps restricted clients inside their organization and stores only ids it validated. */
class AuditIsolationTest {

    private final PrivacyTestBed bed = new PrivacyTestBed();
    private final AuditService audit = bed.caseload.audit();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aRestrictedClientStaysOutOfEveryOtherOrganizationsAuditView() {
        Client restricted = bed.registerMaria(true);
        Client open = bed.as(WORKER_A, () -> bed.caseload.clients().register(RegisterClient.of("Ana", "Silva", null)));
        bed.as(WORKER_A, () -> bed.caseload.clients().get(restricted.id()));
        assertThatThrownBy(() -> bed.as(WORKER_B, () -> bed.caseload.clients().get(restricted.id())))
                .isInstanceOf(NotFoundException.class);

        List<String> seenBySystem = ids(bed.as(SYSTEM, () -> audit.find(AuditSearch.ownOrganization()
                .inOrganization("org-a"))));
        List<String> seenBySystemEverywhere = all(SYSTEM, AuditSearch.everyOrganization().pagesOf(1));
        List<String> seenByB = ids(bed.as(ADMIN_B, () -> audit.find(AuditSearch.ownOrganization())));
        List<String> seenByA = ids(bed.as(ADMIN_A, () -> audit.find(AuditSearch.ownOrganization())));

        assertThat(seenBySystem).contains(open.id()).doesNotContain(restricted.id());
        assertThat(seenBySystemEverywhere).contains(open.id()).doesNotContain(restricted.id());
        assertThat(seenByB).doesNotContain(restricted.id());
        assertThat(bed.as(SYSTEM, () -> audit.find(AuditSearch.everyOrganization().aboutClient(restricted.id())))
                .entries()).isEmpty();
        assertThat(seenByA).contains(restricted.id(), open.id());
    }

    @Test
    void anIdTheCallerTypedIsKeptOnlyWhenItHasTheShapeOfAnId() {
        String huge = "x".repeat(10 * 1024 * 1024);
        for (String typed : List.of(huge, "123-45-6789", "client 123456789", "id\u202Eevil")) {
            assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().get(typed)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().get("id-unknown")))
                .isInstanceOf(NotFoundException.class);
        // A UUID's hexadecimal digits may run nine in a row by chance: it is still an id.
        String uuidWithADigitRun = "01a21225-d900-700c-9f1b-1be396345993";
        assertThatThrownBy(() -> bed.as(WORKER_A, () -> bed.caseload.clients().get(uuidWithADigitRun)))
                .isInstanceOf(NotFoundException.class);

        List<AuditEntry> gets = bed.audit().stream().filter(entry -> entry.action().equals("client.get")).toList();
        assertThat(gets).extracting(AuditEntry::recordId)
                .containsExactly(null, null, null, null, "id-unknown", uuidWithADigitRun);
        assertThat(gets).extracting(AuditEntry::detail).containsExactly(
                "record id not kept: text of 10485760 characters; NOT_FOUND",
                "record id not kept: text of 11 characters; NOT_FOUND",
                "record id not kept: text of 16 characters; NOT_FOUND",
                "record id not kept: text of 7 characters; NOT_FOUND",
                "NOT_FOUND", "NOT_FOUND");
    }

    private List<String> all(org.caseload.spi.identity.Principal principal, AuditSearch first) {
        List<String> ids = new ArrayList<>();
        AuditSearch search = first;
        AuditPage page;
        do {
            AuditSearch current = search;
            page = bed.as(principal, () -> audit.find(current));
            ids.addAll(ids(page));
            search = search.next(page);
        } while (page.hasNext());
        return ids;
    }

    private static List<String> ids(AuditPage page) {
        return page.entries().stream().map(AuditEntry::recordId).toList();
    }
}
