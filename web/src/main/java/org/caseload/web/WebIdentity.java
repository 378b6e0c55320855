// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/**
 * Who the request being served is for: the {@link IdentityProvider} a host gives to
 * {@code Caseload.builder().identity(...)} and to {@link WebHost.Builder#identity(WebIdentity)},
 * so that the library acts as the signed-in user of each page request.
 *
 * <p>Two ways to sign in. {@link #demoUsers(List)} lists users on the sign-in page as buttons that
 * sign in without a password (demo mode only). {@link #fromHost(IdentityProvider)} asks the host's
 * own provider during each request, such as one fed by an OpenID Connect filter in front of the
 * pages (docs/web.md).
 */
public final class WebIdentity implements IdentityProvider {

    private final List<Principal> demoUsers;
    private final IdentityProvider host;
    private final ThreadLocal<Principal> current = new ThreadLocal<>();

    private WebIdentity(List<Principal> demoUsers, IdentityProvider host) {
        this.demoUsers = demoUsers;
        this.host = host;
    }

    /**
     * Demo users, shown as buttons on the sign-in page.
     *
     * @param users the users, in the order shown; at least one, with distinct ids
     * @return an identity whose sign-in page lists them
     */
    public static WebIdentity demoUsers(List<Principal> users) {
        Map<String, Principal> byId = new LinkedHashMap<>();
        for (Principal user : users) {
            if (byId.put(user.userId(), user) != null) {
                throw new IllegalArgumentException("two demo users have the id " + user.userId());
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("demo users: at least one is needed");
        }
        return new WebIdentity(List.copyOf(byId.values()), null);
    }

    /**
     * The host's own sign-in: its provider is asked on the thread that serves each request.
     *
     * @param host the host's provider; required
     * @return an identity with no demo users
     */
    public static WebIdentity fromHost(IdentityProvider host) {
        return new WebIdentity(List.of(), Objects.requireNonNull(host, "host"));
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        Principal bound = current.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        return host == null ? Optional.empty() : host.currentPrincipal();
    }

    /** Whether the sign-in page lists demo users. */
    boolean demo() {
        return host == null;
    }

    /** The demo users in the order given. */
    List<Principal> users() {
        return demoUsers;
    }

    /** The demo user with this id, if there is one. */
    Optional<Principal> demoUser(String userId) {
        return demoUsers.stream().filter(user -> user.userId().equals(userId)).findFirst();
    }

    /**
     * Runs work as this user on the current thread (seeding demo data), then restores who was bound.
     */
    void runAs(Principal user, Runnable work) {
        Principal before = current.get();
        current.set(user);
        try {
            work.run();
        } finally {
            bind(before);
        }
    }

    /** Binds the principal for the rest of the current request; null unbinds. */
    void bind(Principal principal) {
        if (principal == null) {
            current.remove();
        } else {
            current.set(principal);
        }
    }
}
