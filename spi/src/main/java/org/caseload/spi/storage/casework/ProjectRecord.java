// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored project (program) that clients are enrolled in, registered by the host.
 *
 * @param id             required
 * @param organizationId the organization that runs the project; required
 * @param name           required
 * @param createdAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ProjectRecord(String id, String organizationId, String name, Instant createdAt, long version) {
    public ProjectRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This record with another version, as a store returns it after a write. */
    public ProjectRecord withVersion(long newVersion) {
        return new ProjectRecord(id, organizationId, name, createdAt, newVersion);
    }
}
