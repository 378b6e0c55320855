// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * An identity provider with a signed-in user per thread, for tests where an endpoint's threads and
 * the test's own thread call the library at once as different users ({@link TestIdentity} has one
 * user for every thread, so those calls would race for it). Nobody is signed in outside
 * {@link #callAs} and {@link #runAs}.
 */
public final class ThreadIdentity implements IdentityProvider {

    private final ThreadLocal<Principal> current = new ThreadLocal<>();

    /** An identity provider with nobody signed in on any thread. */
    public ThreadIdentity() {
    }

    /** Runs {@code work} as this user on this thread, then signs the previous user (or nobody) back in. */
    public <T> T callAs(Principal principal, Supplier<T> work) {
        Objects.requireNonNull(principal, "principal");
        Principal previous = current.get();
        current.set(principal);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    /** Runs {@code work} as this user on this thread, then signs the previous user (or nobody) back in. */
    public void runAs(Principal principal, Runnable work) {
        callAs(principal, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current.get());
    }
}
