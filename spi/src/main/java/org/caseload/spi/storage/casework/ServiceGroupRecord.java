// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored group of service types, such as "Basic needs".
 *
 * @param id             required
 * @param organizationId the organization that defined it; required
 * @param name           required
 * @param createdAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ServiceGroupRecord(String id, String organizationId, String name, Instant createdAt, long version) {
    public ServiceGroupRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This record with another version, as a store returns it after a write. */
    public ServiceGroupRecord withVersion(long newVersion) {
        return new ServiceGroupRecord(id, organizationId, name, createdAt, newVersion);
    }
}
