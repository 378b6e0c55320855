// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;

/** An identity provider whose current user a test switches at will; nobody until told otherwise. */
final class TestIdentity implements IdentityProvider {

    private final AtomicReference<Principal> current = new AtomicReference<>();

    void actAs(Principal principal) {
        current.set(principal);
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        return Optional.ofNullable(current.get());
    }
}
