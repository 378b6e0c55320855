// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.util.Objects;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * A client's place in a household.
 *
 * @param clientId     the member; required
 * @param relationship the member's relationship to the head of household; required
 * @param primary      whether this is the member's primary household; a client is primary in at
 *                     most one household of each organization
 */
public record HouseholdMembership(String clientId, RelationshipToHeadOfHousehold relationship, boolean primary) {
    public HouseholdMembership {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(relationship, "relationship");
    }

    /** This membership with the primary flag set as given. */
    public HouseholdMembership withPrimary(boolean isPrimary) {
        return new HouseholdMembership(clientId, relationship, isPrimary);
    }
}
