// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored type of service, such as "Meal" counted in meals, within a group.
 *
 * @param id             required
 * @param organizationId the organization that defined it; required
 * @param groupId        the group it belongs to; required
 * @param name           required
 * @param unit           what a delivered value of this type measures; required
 * @param createdAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ServiceTypeRecord(String id, String organizationId, String groupId, String name, ServiceUnit unit,
                                Instant createdAt, long version) {
    public ServiceTypeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This record with another version, as a store returns it after a write. */
    public ServiceTypeRecord withVersion(long newVersion) {
        return new ServiceTypeRecord(id, organizationId, groupId, name, unit, createdAt, newVersion);
    }
}
