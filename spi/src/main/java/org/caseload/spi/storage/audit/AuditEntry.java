// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what, in which organization, when, to which record, and how
 * it ended. Written by core for every service call; never holds an SSN, a date of birth or any
 * other personal value of a client.
 *
 * @param id             required
 * @param occurredAt     required
 * @param userId         the caller; required ({@code "anonymous"} when nobody was authenticated)
 * @param organizationId the caller's organization; may be null when nobody was authenticated
 * @param action         the operation, such as {@code client.register}; required
 * @param outcome        required
 * @param recordType     the kind of record acted on, such as {@code client}; may be null
 * @param recordId       the record acted on; may be null
 * @param detail         a short non-personal remark, such as an error code; may be null
 */
public record AuditEntry(
        String id,
        Instant occurredAt,
        String userId,
        String organizationId,
        String action,
        Outcome outcome,
        String recordType,
        String recordId,
        String detail) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How the audited call ended. */
    public enum Outcome {
        SUCCEEDED,
        /** Refused for lack of authentication or permission. */
        DENIED,
        /** Ended with an error (validation, not found, conflict, storage). */
        FAILED
    }
}
