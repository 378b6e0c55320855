package org.caseload.core;

import java.time.Instant;
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

    /** A new id from the runtime's generator. */
    String newId();

    /** Whether the caller may see records owned by this organization. */
    boolean canSeeOrganization(String organizationId);

    /** Names the record the call acts on, for its audit entry. */
    void auditRecord(String recordType, String recordId);

    /** Adds a short non-personal remark to the call's audit entry. */
    void auditDetail(String detail);
}
