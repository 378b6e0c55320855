// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.core.Permission;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * The demo host's users, and who is "signed in" right now. A real host answers from its own
 * session; the demo switches users by hand, one step of the story at a time.
 */
final class DemoIdentity implements IdentityProvider {

    static final String SHELTER = "shelter-north";
    static final String HARBOR = "harbor-house";

    static final Principal DANA = user("dana", "Dana Reyes (case worker)", SHELTER, "caseworkers", Locale.CANADA_FRENCH,
            Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.TICKET_SUBMIT, Permission.HELP_READ);
    static final Principal LEE = user("lee", "Lee Park (local administrator)", SHELTER, "administrators", Locale.US,
            Permission.CLIENT_READ, Permission.TICKET_SUBMIT, Permission.TICKET_ADMINISTER, Permission.HELP_READ,
            Permission.DESIGN, Permission.CASEWORK_ADMINISTER);
    static final Principal SAM = user("sam", "Sam Okafor (case worker)", HARBOR, "caseworkers", Locale.US,
            Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.TICKET_SUBMIT, Permission.HELP_READ);
    static final Principal SUPPORT_LINK = user("support-link", "Vendor support link", SHELTER, "integrations",
            Locale.US, Permission.SUPPORT_SYNC);

    private volatile Principal current;

    void signIn(Principal principal) {
        current = principal;
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current);
    }

    private static Principal user(String id, String name, String organization, String workgroup, Locale locale,
                                  Permission... permissions) {
        return new Principal(id, name, organization, Set.of(workgroup),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), locale);
    }
}
