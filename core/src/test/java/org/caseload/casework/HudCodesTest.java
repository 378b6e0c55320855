// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.junit.jupiter.api.Test;

/** The HUD code lists carry the FY2024 published codes, each once, and read back from them. */
class HudCodesTest {

    @Test
    void relationshipsToTheHeadOfHouseholdHaveTheirHudCodes() {
        assertThat(Arrays.stream(RelationshipToHeadOfHousehold.values()).map(RelationshipToHeadOfHousehold::code))
                .containsExactly(1, 2, 3, 4, 5, 99);
        for (RelationshipToHeadOfHousehold relationship : RelationshipToHeadOfHousehold.values()) {
            assertThat(RelationshipToHeadOfHousehold.fromCode(relationship.code())).isSameAs(relationship);
        }
        assertThatThrownBy(() -> RelationshipToHeadOfHousehold.fromCode(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void destinationsAreTheFy2024List() {
        assertThat(Arrays.stream(Destination.values()).map(Destination::code)).containsExactlyInAnyOrder(
                116, 101, 118,
                215, 206, 207, 225, 204, 205,
                302, 329, 314, 332, 312, 313, 327,
                422, 423, 426, 410, 435, 421, 411,
                30, 17, 24, 8, 9, 99);
        for (Destination destination : Destination.values()) {
            assertThat(Destination.fromCode(destination.code())).isSameAs(destination);
        }
        assertThat(Destination.fromCode(410)).isEqualTo(Destination.RENTAL_NO_SUBSIDY);
        assertThatThrownBy(() -> Destination.fromCode(335)).isInstanceOf(IllegalArgumentException.class);
    }
}
