// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored household: clients living together, one of them the head.
 *
 * @param id             required
 * @param organizationId the organization that created the household; required
 * @param members        the members in the order they joined; required; no client twice
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record HouseholdRecord(
        String id,
        String organizationId,
        List<HouseholdMembership> members,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public HouseholdRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (members.stream().map(HouseholdMembership::clientId).distinct().count() != members.size()) {
            throw new IllegalArgumentException("household " + id + " lists a client twice");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This household with other members, changed at {@code at}, still at the version it was read. */
    public HouseholdRecord withMembers(List<HouseholdMembership> newMembers, Instant at) {
        return new HouseholdRecord(id, organizationId, newMembers, createdAt, at, version);
    }

    /** This record with another version, as a store returns it after a write. */
    public HouseholdRecord withVersion(long newVersion) {
        return new HouseholdRecord(id, organizationId, members, createdAt, updatedAt, newVersion);
    }
}
