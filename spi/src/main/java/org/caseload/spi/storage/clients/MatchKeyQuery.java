// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.util.Objects;
import java.util.Set;

/**
 * A candidate lookup by match keys.
 *
 * @param matchKeys       the keys to look up; required, not empty
 * @param organizationIds the organizations to look in; empty means every organization
 * @param restrictedVisibleTo the one organization whose restricted clients (registered with
 *                        restricted intake) the lookup returns; those of every other organization
 *                        are left out before the limit applies, so that they take no place in the
 *                        results. Null leaves out every restricted client
 * @param limit           the most records to return, at least 1
 */
public record MatchKeyQuery(Set<String> matchKeys, Set<String> organizationIds, String restrictedVisibleTo,
                            int limit) {
    public MatchKeyQuery {
        matchKeys = Set.copyOf(Objects.requireNonNull(matchKeys, "matchKeys"));
        organizationIds = Set.copyOf(Objects.requireNonNull(organizationIds, "organizationIds"));
        if (matchKeys.isEmpty()) {
            throw new IllegalArgumentException("matchKeys must not be empty");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** A lookup that leaves out every restricted client. */
    public MatchKeyQuery(Set<String> matchKeys, Set<String> organizationIds, int limit) {
        this(matchKeys, organizationIds, null, limit);
    }
}
