// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/** An identity provider whose current user a test switches at will. */
public final class TestIdentity implements IdentityProvider {

    private volatile Principal current;

    public static Principal user(String userId, String organizationId, Permission... permissions) {
        return new Principal(userId, "User " + userId, organizationId, Set.of("caseworkers"),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), Locale.CANADA);
    }

    public TestIdentity as(Principal principal) {
        this.current = principal;
        return this;
    }

    public TestIdentity signedOut() {
        this.current = null;
        return this;
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current);
    }
}
