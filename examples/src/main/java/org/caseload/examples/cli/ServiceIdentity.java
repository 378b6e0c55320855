// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caseload.core.Permission;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * The identity of a command that runs as a service rather than as a person: one principal with
 * exactly the permissions its work needs, current only inside {@link #call}.
 */
final class ServiceIdentity implements IdentityProvider {

    private final Principal principal;
    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

    ServiceIdentity(String organizationId, String serviceId, Permission... permissions) {
        principal = new Principal(serviceId, serviceId, organizationId, Set.of(),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), Locale.ROOT);
    }

    /** Runs the work as this service. */
    <T> T call(Supplier<T> work) {
        boolean outer = active.get();
        active.set(true);
        try {
            return work.get();
        } finally {
            active.set(outer);
        }
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return active.get() ? Optional.of(principal) : Optional.empty();
    }
}
