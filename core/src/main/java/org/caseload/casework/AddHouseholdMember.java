// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * Adds a client to a household.
 *
 * @param householdId     required
 * @param expectedVersion the version of the household the caller read
 * @param clientId        the new member; required, not yet a member
 * @param relationship    the new member's relationship to the head; required, not {@code SELF}
 *                        (a household has exactly one head: see {@link ChangeHeadOfHousehold})
 */
public record AddHouseholdMember(
        @NotBlank String householdId,
        @Positive long expectedVersion,
        @NotBlank String clientId,
        @NotNull RelationshipToHeadOfHousehold relationship) {

    /** Adds {@code clientId} to the household as it was read. */
    public static AddHouseholdMember to(Household household, String clientId, RelationshipToHeadOfHousehold relationship) {
        return new AddHouseholdMember(household.id(), household.version(), clientId, relationship);
    }
}
