// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.Permission;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/** An identity provider that always names the same reader, as a host's session lookup would. */
final class FixedUser implements IdentityProvider {

    private final Optional<Principal> principal;

    FixedUser(String organizationId, Locale locale) {
        this.principal = Optional.of(new Principal("bench-user", "Benchmark reader", organizationId,
                Set.of("case workers"), Set.of(Permission.HELP_READ.key()), locale));
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return principal;
    }
}
