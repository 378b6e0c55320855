// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.util.Objects;
import java.util.Set;

/**
 * One page of a walk over every client of some organizations, in id order: for bulk work.
 *
 * @param organizationIds the organizations to walk; empty means every organization
 * @param afterId         the last id of the previous page; null for the first page
 * @param limit           the most records to return, at least 1
 */
public record ClientScan(Set<String> organizationIds, String afterId, int limit) {
    public ClientScan {
        organizationIds = Set.copyOf(Objects.requireNonNull(organizationIds, "organizationIds"));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
