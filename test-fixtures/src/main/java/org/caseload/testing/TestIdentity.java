// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * An identity provider whose signed-in user the test chooses and switches between calls: nobody
 * until {@link #as}, or for one piece of work with {@link #callAs} and {@link #runAs}, which sign
 * the previous user (or nobody) back in afterwards. Give it to
 * {@code Caseload.builder().identity(...)}. One signed-in user for every thread, as the tests
 * that use it expect; thread-safe.
 */
public final class TestIdentity implements IdentityProvider {

    private final AtomicReference<Principal> current = new AtomicReference<>();

    /** An identity provider with nobody signed in. */
    public TestIdentity() {
    }

    /** Signs this user in for the calls that follow. */
    public TestIdentity as(Principal principal) {
        current.set(Objects.requireNonNull(principal, "principal"));
        return this;
    }

    /** Leaves nobody signed in: Caseload's calls are refused as unauthenticated. */
    public TestIdentity signOut() {
        current.set(null);
        return this;
    }

    /** Runs {@code work} as this user, then signs the previous user (or nobody) back in. */
    public <T> T callAs(Principal principal, Supplier<T> work) {
        Objects.requireNonNull(principal, "principal");
        Principal previous = current.getAndSet(principal);
        try {
            return work.get();
        } finally {
            current.set(previous);
        }
    }

    /** Runs {@code work} as this user, then signs the previous user (or nobody) back in. */
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
