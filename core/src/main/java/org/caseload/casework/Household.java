// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A household as a caller sees it: clients living together, exactly one of them the head.
 *
 * @param id             the household id
 * @param organizationId the organization that created it
 * @param members        the members in the order they joined, never empty
 * @param createdAt      when it was created
 * @param updatedAt      when its members last changed
 * @param version        the version, to name when changing the household
 */
public record Household(String id, String organizationId, List<HouseholdMember> members, Instant createdAt,
                        Instant updatedAt, long version) {

    public Household {
        members = List.copyOf(members);
    }

    /** The client id of the head of household. */
    public String headClientId() {
        return members.stream().filter(HouseholdMember::isHead).findFirst().orElseThrow().clientId();
    }

    /** The membership of this client, if the client is a member. */
    public Optional<HouseholdMember> member(String clientId) {
        return members.stream().filter(member -> member.clientId().equals(clientId)).findFirst();
    }
}
