// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.Violations.invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.ChangeHeadOfHousehold;
import org.caseload.casework.RemoveHouseholdMember;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.HouseholdMembership;

/**
 * The membership rules of a household: no client twice, and exactly one head. Each method returns
 * the members after a change, or throws the {@link org.caseload.spi.error.ValidationException}
 * that explains why the change is refused. Pure functions, so that every storage behaves alike.
 */
final class HouseholdRules {

    private static final RelationshipToHeadOfHousehold HEAD = RelationshipToHeadOfHousehold.SELF;

    private HouseholdRules() {
    }

    /** The members with a new, non-head member appended. */
    static List<HouseholdMembership> adding(List<HouseholdMembership> members, AddHouseholdMember command,
                                            boolean primary) {
        if (find(members, command.clientId()) != null) {
            throw invalid(command, "clientId", "caseload.household.member.duplicate", "client " + command.clientId());
        }
        if (command.relationship() == HEAD) {
            throw invalid(command, "relationship", "caseload.household.head.exists", command.relationship().name());
        }
        List<HouseholdMembership> result = new ArrayList<>(members);
        result.add(new HouseholdMembership(command.clientId(), command.relationship(), primary));
        return List.copyOf(result);
    }

    /** The members without one member, who is not the head. */
    static List<HouseholdMembership> removing(List<HouseholdMembership> members, RemoveHouseholdMember command) {
        HouseholdMembership leaving = requireMember(members, command.clientId(), command, "clientId");
        if (leaving.relationship() == HEAD) {
            throw invalid(command, "clientId", "caseload.household.head.remove", "client " + command.clientId());
        }
        return members.stream().filter(member -> member != leaving).toList();
    }

    /** The members with another head, each other member related to the new head as the command says. */
    static List<HouseholdMembership> changingHead(List<HouseholdMembership> members, ChangeHeadOfHousehold command) {
        HouseholdMembership newHead = requireMember(members, command.newHeadClientId(), command, "newHeadClientId");
        if (newHead.relationship() == HEAD) {
            throw invalid(command, "newHeadClientId", "caseload.household.head.unchanged",
                    "client " + command.newHeadClientId());
        }
        Map<String, RelationshipToHeadOfHousehold> relationships = command.relationships();
        Set<String> others = members.stream()
                .map(HouseholdMembership::clientId)
                .filter(id -> !id.equals(command.newHeadClientId()))
                .collect(Collectors.toSet());
        if (!relationships.keySet().equals(others)) {
            throw invalid(command, "relationships", "caseload.household.relationships.incomplete",
                    "relationships for " + relationships.size() + " clients, " + others.size() + " expected");
        }
        if (relationships.containsValue(HEAD)) {
            throw invalid(command, "relationships", "caseload.household.relationships.onlyNewHeadIsSelf", HEAD.name());
        }
        return members.stream()
                .map(member -> new HouseholdMembership(member.clientId(),
                        member == newHead ? HEAD : relationships.get(member.clientId()), member.primary()))
                .toList();
    }

    /** The members with one member's primary flag set as given. */
    static List<HouseholdMembership> withPrimary(List<HouseholdMembership> members, String clientId, boolean primary,
                                                 Object command) {
        HouseholdMembership changed = requireMember(members, clientId, command, "clientId");
        return members.stream().map(member -> member == changed ? member.withPrimary(primary) : member).toList();
    }

    private static HouseholdMembership requireMember(List<HouseholdMembership> members, String clientId,
                                                     Object command, String path) {
        HouseholdMembership member = find(members, clientId);
        if (member == null) {
            throw invalid(command, path, "caseload.household.member.unknown", "client " + clientId);
        }
        return member;
    }

    private static HouseholdMembership find(List<HouseholdMembership> members, String clientId) {
        return members.stream().filter(member -> member.clientId().equals(clientId)).findFirst().orElse(null);
    }
}
