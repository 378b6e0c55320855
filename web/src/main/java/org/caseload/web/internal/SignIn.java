// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.identity.Principal;

/** How the pages learn who is signed in, and tell the library (org.caseload.web.WebIdentity). */
public interface SignIn {

    /** Whether the sign-in page lists demo users that sign in without a password. */
    boolean demo();

    /** The demo users, in the order shown; empty outside demo mode. */
    List<Principal> demoUsers();

    /** The demo user with this id. */
    Optional<Principal> demoUser(String userId);

    /** The host's signed-in user for the current request, outside demo mode. */
    Optional<Principal> hostUser();

    /** Binds the user for the library's calls during the current request; null unbinds. */
    void bind(Principal user);
}
