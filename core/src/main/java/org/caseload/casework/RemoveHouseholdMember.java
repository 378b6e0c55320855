// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Removes a client from a household. The head cannot be removed; change the head first.
 *
 * @param householdId     required
 * @param expectedVersion the version of the household the caller read
 * @param clientId        the member to remove; required
 */
public record RemoveHouseholdMember(
        @NotBlank String householdId,
        @Positive long expectedVersion,
        @NotBlank String clientId) {

    /** Removes {@code clientId} from the household as it was read. */
    public static RemoveHouseholdMember from(Household household, String clientId) {
        return new RemoveHouseholdMember(household.id(), household.version(), clientId);
    }
}
