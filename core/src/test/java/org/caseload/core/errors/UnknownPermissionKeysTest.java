// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.junit.jupiter.api.Test;

/** Permission keys that name no permission are reported, at the host's startup or on first use. */
class UnknownPermissionKeysTest {

    @Test
    void aHostsRolesAreCheckedAtOnceWithEveryUnknownKeyNamed() {
        Map<String, List<String>> roles = Map.of(
                "caseworker", List.of("client.read", "client.reads", "client.write"),
                "supervisor", List.of("audit.read", "audit.write"),
                "clerk", List.of("client.read"));

        assertThatThrownBy(() -> Permission.requireKnown(roles))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "role caseworker grants unknown permission key 'client.reads'",
                        "role supervisor grants unknown permission key 'audit.write'"));
    }

    @Test
    void knownKeysPass() {
        Permission.requireKnown(Map.of("caseworker", List.of("client.read", "client.write")));
    }

    @Test
    void aRefusalNamesTheUnknownKeysTheUserHoldsInTheExceptionAndTheAudit() {
        InMemoryStorage storage = new InMemoryStorage();
        Principal typo = new Principal("worker", "Worker", "org-a", Set.of("caseworkers"),
                Set.of("client.reads"), Locale.CANADA);
        try (Caseload caseload = Caseload.builder().storage(storage).identity(new TestIdentity().as(typo)).build()) {

            assertThatThrownBy(() -> caseload.clients().get("c-1"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("lacks permission client.read")
                    .hasMessageContaining("unknown permission keys [client.reads]");
        }
        List<AuditEntry> audit = storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization("org-a", 10)));
        assertThat(audit).singleElement().satisfies(entry ->
                assertThat(entry.detail()).isEqualTo("ACCESS_DENIED unknown permission keys [client.reads]"));
    }
}
