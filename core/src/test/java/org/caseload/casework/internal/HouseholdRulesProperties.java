// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.ChangeHeadOfHousehold;
import org.caseload.casework.RemoveHouseholdMember;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.junit.jupiter.api.Test;

/** Whatever changes are asked for, a household keeps exactly one head and no client twice. */
class HouseholdRulesProperties {

    private static final List<String> CLIENTS = List.of("c0", "c1", "c2", "c3", "c4");

    /**
     * Each step is a change to try: its number picks the kind of change (add, remove, change the
     * head), the client and the relationship. Refused changes leave the members as they were.
     */
    @Property(tries = 300)
    void aHouseholdAlwaysHasExactlyOneHeadAndNoClientTwice(@ForAll @Size(max = 40) List<@From("steps") Integer> steps) {
        List<HouseholdMembership> members = List.of(
                new HouseholdMembership("c0", RelationshipToHeadOfHousehold.SELF, true));
        for (int step : steps) {
            String client = CLIENTS.get(step / 3 % CLIENTS.size());
            RelationshipToHeadOfHousehold relationship = RelationshipToHeadOfHousehold.values()[
                    step / 15 % RelationshipToHeadOfHousehold.values().length];
            try {
                members = switch (step % 3) {
                    case 0 -> HouseholdRules.adding(members, new AddHouseholdMember("h", 1, client, relationship),
                            false);
                    case 1 -> HouseholdRules.removing(members, new RemoveHouseholdMember("h", 1, client));
                    default -> HouseholdRules.changingHead(members, headChange(members, client, relationship));
                };
            } catch (ValidationException refused) {
                // The household stays as it was.
            }
            assertThat(members).filteredOn(member -> member.relationship() == RelationshipToHeadOfHousehold.SELF)
                    .hasSize(1);
            assertThat(members).extracting(HouseholdMembership::clientId).doesNotHaveDuplicates();
        }
    }

    @Test
    void aHeadChangeKeepsEachMembersPrimaryFlag() {
        List<HouseholdMembership> members = List.of(
                new HouseholdMembership("c0", RelationshipToHeadOfHousehold.SELF, true),
                new HouseholdMembership("c1", RelationshipToHeadOfHousehold.CHILD, false));

        List<HouseholdMembership> changed = HouseholdRules.changingHead(members, new ChangeHeadOfHousehold("h", 1, "c1",
                Map.of("c0", RelationshipToHeadOfHousehold.OTHER_RELATIVE)));

        assertThat(changed).containsExactly(
                new HouseholdMembership("c0", RelationshipToHeadOfHousehold.OTHER_RELATIVE, true),
                new HouseholdMembership("c1", RelationshipToHeadOfHousehold.SELF, false));
    }

    @Test
    void refusalsNameTheFieldAndNoPersonalData() {
        List<HouseholdMembership> members = List.of(
                new HouseholdMembership("c0", RelationshipToHeadOfHousehold.SELF, true));

        assertThatThrownBy(() -> HouseholdRules.removing(members, new RemoveHouseholdMember("h", 1, "c0")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("RemoveHouseholdMember is invalid: clientId: the head of household cannot be removed;"
                        + " change the head first (caseload.household.head.remove, was client c0)");
    }

    /** Relates every other member to the new head, as a caller who knows the household would. */
    private static ChangeHeadOfHousehold headChange(List<HouseholdMembership> members, String newHead,
                                                    RelationshipToHeadOfHousehold relationship) {
        Map<String, RelationshipToHeadOfHousehold> relationships = new HashMap<>();
        members.stream().map(HouseholdMembership::clientId).filter(id -> !id.equals(newHead))
                .forEach(id -> relationships.put(id, relationship));
        return new ChangeHeadOfHousehold("h", 1, newHead, relationships);
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(0, 10_000);
    }
}
