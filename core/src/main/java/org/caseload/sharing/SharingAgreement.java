// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * An agreement between two organizations, as recorded.
 *
 * @param id                      the agreement id
 * @param sharingOrganizationId   the organization whose records are shared
 * @param receivingOrganizationId the organization that sees them (and, two-way, shares back)
 * @param direction               one-way or two-way
 * @param kinds                   the kinds of records shared
 * @param effectiveFrom           the first day it applies, in the runtime clock's zone
 * @param effectiveTo             the last day it applies; null for no end date
 * @param createdBy               the user who recorded it
 * @param createdAt               when it was recorded
 * @param endedBy                 the user who ended it; null while not ended
 * @param endedAt                 when it was ended; null while not ended
 * @param version                 the version, to name when ending it
 */
public record SharingAgreement(
        String id,
        String sharingOrganizationId,
        String receivingOrganizationId,
        SharingDirection direction,
        Set<SharedRecordKind> kinds,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String createdBy,
        Instant createdAt,
        String endedBy,
        Instant endedAt,
        long version) {

    public SharingAgreement {
        kinds = Set.copyOf(kinds);
    }

    /** Whether it applies on this day: not ended, and the day within its dates. */
    public boolean appliesOn(LocalDate day) {
        return endedAt == null && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
