// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.escalation;

import java.util.Optional;
import java.util.function.Supplier;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * One runtime's identity: the principal the calling thread acts as, as a host's session or
 * integration job sets it. Nobody outside {@link #call}.
 */
final class RunAs implements IdentityProvider {

    private final ThreadLocal<Principal> current = new ThreadLocal<>();

    /** Runs {@code work} as {@code principal}, then gives the thread its previous principal back. */
    <T> T call(Principal principal, Supplier<T> work) {
        Principal before = current.get();
        current.set(principal);
        try {
            return work.get();
        } finally {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }

    /** Runs {@code work} as {@code principal}, then gives the thread its previous principal back. */
    void run(Principal principal, Runnable work) {
        call(principal, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current.get());
    }
}
