// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.caseload.spi.identity.Principal;
import org.junit.jupiter.api.Test;

class TestUsersTest {

    @Test
    void aUserHoldsTheUnionOfItsRolesPermissions() {
        Principal user = TestUsers.user("u-1", "org-a", Role.CASEWORKER, Role.CASEWORK_ADMINISTRATOR);

        assertThat(user.permissions()).containsExactlyInAnyOrder("client.read", "client.write", "casework.administer");
        assertThat(user.workgroups()).containsExactlyInAnyOrder("caseworker", "casework administrator");
        assertThat(user.organizationId()).isEqualTo("org-a");
        assertThat(user.displayName()).isEqualTo("User u-1");
        assertThat(user.locale()).isEqualTo(TestUsers.DEFAULT_LOCALE);
    }

    @Test
    void theBuilderSetsNameLocaleAndExtraPermissions() {
        Principal user = TestUsers.builder("u-2", "org-b").named("Riley Reporter").locale(Locale.CANADA_FRENCH)
                .roles(Role.TICKET_REPORTER).permissions("help.read").workgroups("front desk").build();

        assertThat(user.displayName()).isEqualTo("Riley Reporter");
        assertThat(user.locale()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(user.permissions()).containsExactlyInAnyOrder("ticket.submit", "help.read");
        assertThat(user.workgroups()).containsExactlyInAnyOrder("ticket reporter", "front desk");
    }

    @Test
    void aUserWithoutRolesHoldsNoPermission() {
        assertThat(TestUsers.user("u-3", "org-a", Locale.ENGLISH).permissions()).isEmpty();
    }
}
