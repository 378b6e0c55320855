// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stored agreement by which one organization shares records with another. Core has validated
 * it; a store keeps it exactly as given.
 *
 * @param id                       required
 * @param sharingOrganizationId    the organization whose records are shared; required
 * @param receivingOrganizationId  the organization that may see them; required, not the sharing one
 * @param twoWay                   whether the receiving organization shares the same kinds back
 * @param kinds                    the kinds of records shared; required, not empty
 * @param effectiveFrom            the first day the agreement applies, in the runtime clock's zone; required
 * @param effectiveTo              the last day it applies; null while open-ended
 * @param createdBy                the user who recorded it; required
 * @param createdAt                required
 * @param endedBy                  the user who ended it before its last day; null while not ended
 * @param endedAt                  when it was ended; null while not ended. An ended agreement no
 *                                 longer applies, whatever its dates say
 * @param version                  the optimistic-locking version; 1 when first inserted
 */
public record SharingAgreementRecord(
        String id,
        String sharingOrganizationId,
        String receivingOrganizationId,
        boolean twoWay,
        Set<SharedRecordKind> kinds,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String createdBy,
        Instant createdAt,
        String endedBy,
        Instant endedAt,
        long version) {

    public SharingAgreementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sharingOrganizationId, "sharingOrganizationId");
        Objects.requireNonNull(receivingOrganizationId, "receivingOrganizationId");
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("agreement " + id + " shares no kind of record");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((endedBy == null) != (endedAt == null)) {
            throw new IllegalArgumentException("agreement " + id + " names who ended it and when, or neither");
        }
    }

    /** Whether this organization is one of the two parties. */
    public boolean involves(String organizationId) {
        return sharingOrganizationId.equals(organizationId) || receivingOrganizationId.equals(organizationId);
    }

    /** This record with another version, as a store returns it after a write. */
    public SharingAgreementRecord withVersion(long newVersion) {
        return new SharingAgreementRecord(id, sharingOrganizationId, receivingOrganizationId, twoWay, kinds,
                effectiveFrom, effectiveTo, createdBy, createdAt, endedBy, endedAt, newVersion);
    }

    /** This agreement ended by a user at an instant. */
    public SharingAgreementRecord withEnd(String userId, Instant at) {
        return new SharingAgreementRecord(id, sharingOrganizationId, receivingOrganizationId, twoWay, kinds,
                effectiveFrom, effectiveTo, createdBy, createdAt, userId, at, version);
    }
}
