// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseload.spi.identity.Principal;
import org.junit.jupiter.api.Test;

class TestIdentityTest {

    private static final Principal WORKER = TestUsers.user("worker", "org-a", Role.CASEWORKER);
    private static final Principal ADMINISTRATOR = TestUsers.user("admin", "org-a", Role.ORGANIZATION_ADMINISTRATOR);

    @Test
    void nobodyIsSignedInUntilTold() {
        assertThat(new TestIdentity().currentPrincipal()).isEmpty();
    }

    @Test
    void switchesUserAndSignsOut() {
        TestIdentity identity = new TestIdentity().as(WORKER);
        assertThat(identity.currentPrincipal()).contains(WORKER);

        identity.as(ADMINISTRATOR);
        assertThat(identity.currentPrincipal()).contains(ADMINISTRATOR);

        identity.signOut();
        assertThat(identity.currentPrincipal()).isEmpty();
    }

    @Test
    void callAsSignsThePreviousUserBackInEvenWhenTheWorkFails() {
        TestIdentity identity = new TestIdentity().as(WORKER);

        Principal during = identity.callAs(ADMINISTRATOR, () -> identity.currentPrincipal().orElseThrow());
        assertThatThrownBy(() -> identity.runAs(ADMINISTRATOR, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(during).isEqualTo(ADMINISTRATOR);
        assertThat(identity.currentPrincipal()).contains(WORKER);
    }

    @Test
    void runAsFromNobodyLeavesNobody() {
        TestIdentity identity = new TestIdentity();

        identity.runAs(WORKER, () -> assertThat(identity.currentPrincipal()).contains(WORKER));

        assertThat(identity.currentPrincipal()).isEmpty();
    }
}
