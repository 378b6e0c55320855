// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's release of information (or refusal of it) to one organization, as recorded. Core has
 * validated it; a store keeps it exactly as given.
 *
 * @param id                       required
 * @param clientId                 the client who decided; required
 * @param organizationId           the organization the decision is about; required
 * @param decision                 required
 * @param validUntil               the last day a grant applies, in the runtime clock's zone;
 *                                 required for a grant, null for a refusal
 * @param recordedByOrganizationId the organization of the user who recorded it; required
 * @param recordedBy               the user who recorded it; required
 * @param recordedAt               required
 * @param revokedBy                the user who revoked it; null while not revoked
 * @param revokedAt                when it was revoked; null while not revoked
 * @param version                  the optimistic-locking version; 1 when first inserted
 */
public record ConsentRecord(
        String id,
        String clientId,
        String organizationId,
        ConsentDecision decision,
        LocalDate validUntil,
        String recordedByOrganizationId,
        String recordedBy,
        Instant recordedAt,
        String revokedBy,
        Instant revokedAt,
        long version) {

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(decision, "decision");
        if ((decision == ConsentDecision.GRANTED) != (validUntil != null)) {
            throw new IllegalArgumentException("consent " + id + ": a grant has a last day and a refusal none");
        }
        Objects.requireNonNull(recordedByOrganizationId, "recordedByOrganizationId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if ((revokedBy == null) != (revokedAt == null)) {
            throw new IllegalArgumentException("consent " + id + " names who revoked it and when, or neither");
        }
    }

    /** Whether it has been revoked. */
    public boolean revoked() {
        return revokedAt != null;
    }

    /** This record with another version, as a store returns it after a write. */
    public ConsentRecord withVersion(long newVersion) {
        return new ConsentRecord(id, clientId, organizationId, decision, validUntil, recordedByOrganizationId,
                recordedBy, recordedAt, revokedBy, revokedAt, newVersion);
    }

    /** This decision revoked by a user at an instant. */
    public ConsentRecord withRevocation(String userId, Instant at) {
        return new ConsentRecord(id, clientId, organizationId, decision, validUntil, recordedByOrganizationId,
                recordedBy, recordedAt, userId, at, version);
    }
}
