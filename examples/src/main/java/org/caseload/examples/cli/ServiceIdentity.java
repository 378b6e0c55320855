// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caseload.core.Permission;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * The identity of a command that runs as a service rather than as a person: one principal with
 * exactly the permissions its work needs, current only inside {@link #call}. A host that runs the
 * command in its own process may run work as one of its own users through {@link #callAs}.
 */
final class ServiceIdentity implements IdentityProvider {

    private final Principal principal;
    private final ThreadLocal<Principal> current = new ThreadLocal<>();

    ServiceIdentity(String organizationId, String serviceId, Permission... permissions) {
        principal = new Principal(serviceId, serviceId, organizationId, Set.of(),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), Locale.ROOT);
    }

    /** Runs the work as this service. */
    <T> T call(Supplier<T> work) {
        return callAs(principal, work);
    }

    /** Runs the work as another principal, on this thread only. */
    <T> T callAs(Principal other, Supplier<T> work) {
        Objects.requireNonNull(other, "principal");
        Principal outer = current.get();
        current.set(other);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current.get());
    }
}
