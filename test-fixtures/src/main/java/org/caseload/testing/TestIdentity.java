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
 * {@code Caseload.builder().identity(...)}. One signed-in user for every thread, as most tests
 * expect; thread-safe. {@link #perThread()} signs users in per thread instead, for tests where an
 * endpoint's threads and the test's own thread call the library at once as different users.
 */
public final class TestIdentity implements IdentityProvider {

    private final SignedIn current;

    /** An identity provider with nobody signed in, one signed-in user for every thread. */
    public TestIdentity() {
        this(new Shared());
    }

    private TestIdentity(SignedIn current) {
        this.current = current;
    }

    /** An identity provider with nobody signed in, whose signed-in user is each thread's own. */
    public static TestIdentity perThread() {
        return new TestIdentity(new PerThread());
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
        Principal previous = current.get();
        current.set(principal);
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

    /** Where the signed-in user is kept. */
    private interface SignedIn {
        Principal get();

        void set(Principal principal);
    }

    /** One user for every thread. */
    private static final class Shared implements SignedIn {
        private final AtomicReference<Principal> principal = new AtomicReference<>();

        @Override
        public Principal get() {
            return principal.get();
        }

        @Override
        public void set(Principal value) {
            principal.set(value);
        }
    }

    /** A user per thread. */
    private static final class PerThread implements SignedIn {
        private final ThreadLocal<Principal> principal = new ThreadLocal<>();

        @Override
        public Principal get() {
            return principal.get();
        }

        @Override
        public void set(Principal value) {
            if (value == null) {
                principal.remove();
            } else {
                principal.set(value);
            }
        }
    }
}
