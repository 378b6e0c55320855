// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.util.Objects;
import java.util.Set;

/**
 * A candidate lookup by match keys.
 *
 * @param matchKeys       the keys to look up: a client holding one of them is a candidate;
 *                        required, not empty
 * @param organizationIds the organizations to look in; empty means every organization
 * @param restrictedVisibleTo the one organization whose restricted clients (registered with
 *                        restricted intake) the lookup returns; those of every other organization
 *                        are left out before the limit applies, so that they take no place in the
 *                        results. Null leaves out every restricted client
 * @param limit           the most records to return, at least 1
 * @param rankingKeys     keys that count in the ranking (the number of the query's keys a
 *                        candidate has) but make no client a candidate on their own: keys too
 *                        common to select by, left to rank the candidates the others select. May
 *                        overlap {@code matchKeys}; empty for a plain lookup
 */
public record MatchKeyQuery(Set<String> matchKeys, Set<String> organizationIds, String restrictedVisibleTo,
                            int limit, Set<String> rankingKeys) {
    public MatchKeyQuery {
        matchKeys = Set.copyOf(Objects.requireNonNull(matchKeys, "matchKeys"));
        organizationIds = Set.copyOf(Objects.requireNonNull(organizationIds, "organizationIds"));
        rankingKeys = Set.copyOf(Objects.requireNonNull(rankingKeys, "rankingKeys"));
        if (matchKeys.isEmpty()) {
            throw new IllegalArgumentException("matchKeys must not be empty");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** A lookup in which every key selects candidates. */
    public MatchKeyQuery(Set<String> matchKeys, Set<String> organizationIds, String restrictedVisibleTo, int limit) {
        this(matchKeys, organizationIds, restrictedVisibleTo, limit, Set.of());
    }

    /** A lookup that leaves out every restricted client. */
    public MatchKeyQuery(Set<String> matchKeys, Set<String> organizationIds, int limit) {
        this(matchKeys, organizationIds, null, limit);
    }

    /** Whether a client holding this key counts one more in the ranking. */
    public boolean ranksBy(String key) {
        return matchKeys.contains(key) || rankingKeys.contains(key);
    }
}
