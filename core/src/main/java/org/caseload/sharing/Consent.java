// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import java.time.Instant;
import java.time.LocalDate;
import org.caseload.spi.storage.sharing.ConsentDecision;

/**
 * A client's recorded decision about releasing their information to one organization.
 *
 * @param id                       the decision id
 * @param clientId                 the client
 * @param organizationId           the organization the decision is about
 * @param decision                 granted or refused
 * @param validUntil               the last day a grant applies; null for a refusal
 * @param recordedByOrganizationId the organization of the user who recorded it
 * @param recordedBy               the user who recorded it
 * @param recordedAt               when it was recorded
 * @param revokedBy                the user who revoked it; null while not revoked
 * @param revokedAt                when it was revoked; null while not revoked
 * @param version                  the version, to name when revoking it
 */
public record Consent(
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

    /** Whether it lets the organization see the client on this day: a grant, not revoked, not expired. */
    public boolean grantsOn(LocalDate day) {
        return decision == ConsentDecision.GRANTED && revokedAt == null && !day.isAfter(validUntil);
    }
}
