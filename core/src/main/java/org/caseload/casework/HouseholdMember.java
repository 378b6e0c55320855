// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * A client's place in a household.
 *
 * @param clientId     the member
 * @param relationship the member's relationship to the head of household; {@code SELF} for the head
 * @param primary      whether this is the member's primary household
 */
public record HouseholdMember(String clientId, RelationshipToHeadOfHousehold relationship, boolean primary) {

    /** Whether this member is the head of household. */
    public boolean isHead() {
        return relationship == RelationshipToHeadOfHousehold.SELF;
    }
}
