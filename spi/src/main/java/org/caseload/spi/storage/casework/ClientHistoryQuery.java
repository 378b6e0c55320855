// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.util.Objects;
import java.util.Set;

/**
 * A selection of one client's dated records (case notes, services delivered), newest first.
 *
 * @param clientId        required
 * @param organizationIds the organizations whose records to include; empty means every organization
 * @param limit           the most records to return, at least 1
 */
public record ClientHistoryQuery(String clientId, Set<String> organizationIds, int limit) {
    public ClientHistoryQuery {
        Objects.requireNonNull(clientId, "clientId");
        organizationIds = Set.copyOf(Objects.requireNonNull(organizationIds, "organizationIds"));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
