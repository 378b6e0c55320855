// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import org.caseload.spi.storage.casework.HouseholdMembership;

import java.util.List;
import java.util.Objects;

/**
 * A record a client merge moved from the source client to the target.
 *
 * @param type              {@code enrollment}, {@code caseNote}, {@code serviceDelivery} or
 *                          {@code household}; required
 * @param id                the record's id; required
 * @param versionAfterMerge the record's version once moved: undoing the merge requires it unchanged
 * @param membersBefore     for a household, its members exactly as they were before the merge, in
 *                          order; empty for other records
 */
public record MovedRecord(String type, String id, long versionAfterMerge, List<HouseholdMembership> membersBefore) {
    public MovedRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        membersBefore = List.copyOf(Objects.requireNonNull(membersBefore, "membersBefore"));
    }
}
