// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.StorageSession;

/**
 * What a service call's body works with: the authenticated caller, the unit of work, the time of
 * the call, and the audit entry the kernel appends when the body returns.
 * Valid only during the call, on its thread.
 */
public interface CallContext {

    /** The authenticated caller, already checked for the operation's permission. */
    Principal principal();

    /** The stores of the call's unit of work. */
    StorageSession session();

    /** The time of the call, from the runtime's clock; the same throughout the call. */
    Instant now();

    /** The date of the call, {@link #now()} in the runtime clock's time zone: the day date rules apply to. */
    LocalDate today();

    /** A new id from the runtime's generator. */
    String newId();

    /**
     * Whether the caller may see every record owned by this organization: its own, or any as a
     * system administrator. Clients and their casework are decided by the sharing rules instead
     * (agreements, consent, restricted intake; see {@code docs/security.md}), which widen this for
     * other organizations and narrow it for restricted clients.
     */
    boolean canSeeOrganization(String organizationId);

    /** Names the record the call acts on, for its audit entry. */
    void auditRecord(String recordType, String recordId);

    /** Adds a short non-personal remark to the call's audit entry. */
    void auditDetail(String detail);

    /**
     * What this call builds once and every part of it shares, such as the caller's visibility:
     * built by {@code build} on the first request for its type, the same instance for the rest of
     * the call, and gone with the call, since only the call's context holds it.
     */
    <T> T perCall(Class<T> type, Function<CallContext, T> build);
}
