// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.identity;

import java.util.Optional;

/**
 * Tells Caseload who is calling. <b>Implemented by the host</b>, which owns authentication
 * (sessions, tokens, single sign-on); Caseload asks once at the start of every service call.
 *
 * <p>Contract: thread-safe; called on the caller's thread, so a host typically answers from a
 * request-scoped or thread-bound context. Returns {@link Optional#empty()} when nobody is
 * authenticated (Caseload then refuses the call with an
 * {@link org.caseload.spi.error.AccessDeniedException}); never returns null. Should not block on
 * I/O, and should not throw: an exception thrown here (or a null returned) reaches the caller as a
 * {@link org.caseload.spi.error.HostPartException} with code {@code IDENTITY_PROVIDER_FAILED} and
 * the original as its cause.
 */
@FunctionalInterface
public interface IdentityProvider {

    /** The principal on whose behalf the current call runs, if any. */
    Optional<Principal> currentPrincipal();
}
