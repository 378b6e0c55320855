// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;

import java.util.Locale;
import java.util.Set;
import org.caseload.audit.AuditSearch;
import org.caseload.clients.Client;
import org.caseload.core.Permission;
import org.caseload.testing.TestIdentity;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.identity.Principal;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/**
 * Functions come from the permissions the host grants through workgroups, data from the
 * organization; a system administrator works above organizations.
 */
class WorkgroupsAndOrganizationsTest {

    @Test
    void aWorkgroupNameGrantsNothingByItself() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(false);
            Principal namedAdministrator = new Principal("admin-x", "Admin X", "org-a",
                    Set.of("administrators", "audit.read"), Set.of(Permission.CLIENT_READ.key()), Locale.US);

            assertThatThrownBy(() -> bed.as(namedAdministrator, () -> bed.caseload.audit()
                    .find(AuditSearch.ownOrganization()))).isInstanceOf(AccessDeniedException.class);
            assertThat(bed.as(namedAdministrator, () -> bed.caseload.clients().get(maria.id())).id())
                    .isEqualTo(maria.id());
        }
    }

    @Test
    void theSamePermissionsSeeTheDataOfTheirOwnOrganizationOnly() {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(false);
            Principal sameRightsElsewhere = TestUsers.user("worker-z", "org-z", Role.CASEWORKER);

            assertThat(WORKER_A.permissions()).isEqualTo(sameRightsElsewhere.permissions());
            assertThatThrownBy(() -> bed.as(sameRightsElsewhere, () -> bed.caseload.clients().get(maria.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(bed.as(SYSTEM, () -> bed.caseload.clients().get(maria.id())).id()).isEqualTo(maria.id());
        }
    }
}
