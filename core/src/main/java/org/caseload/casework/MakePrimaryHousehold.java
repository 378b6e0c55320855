// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Makes a household the primary household of one of its members. The member's former primary
 * household, if any, stops being primary for them in the same unit of work.
 *
 * @param householdId     required
 * @param expectedVersion the version of the household the caller read
 * @param clientId        a member of the household; required
 */
public record MakePrimaryHousehold(
        @NotBlank String householdId,
        @Positive long expectedVersion,
        @NotBlank String clientId) {

    /** Makes the household, as it was read, primary for {@code clientId}. */
    public static MakePrimaryHousehold of(Household household, String clientId) {
        return new MakePrimaryHousehold(household.id(), household.version(), clientId);
    }
}
