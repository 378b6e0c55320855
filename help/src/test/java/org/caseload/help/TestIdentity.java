// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.core.Permission;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/** An identity provider whose signed-in user a test sets and changes between calls. */
final class TestIdentity implements IdentityProvider {

    private volatile Principal principal;

    /** Signs in a user of this organization, with this locale and these permissions. */
    void signIn(String organizationId, Locale locale, Permission... permissions) {
        signInAs("user-1", organizationId, locale, permissions);
    }

    /** Signs in this user of this organization, with this locale and these permissions. */
    void signInAs(String userId, String organizationId, Locale locale, Permission... permissions) {
        Set<String> keys = Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet());
        principal = new Principal(userId, "Test User", organizationId, Set.of("case workers"), keys, locale);
    }

    /** Leaves nobody signed in. */
    void signOut() {
        principal = null;
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(principal);
    }
}
