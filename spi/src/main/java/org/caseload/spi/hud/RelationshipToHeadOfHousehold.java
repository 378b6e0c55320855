// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

import java.util.Arrays;

/**
 * A household member's relationship to the head of household, HUD data element 3.15 (codes 1 to 5
 * and 99). Exactly one member of a household is {@link #SELF}: the head.
 */
public enum RelationshipToHeadOfHousehold {
    /** The head of household. */
    SELF(1),
    /** The head's child. */
    CHILD(2),
    /** The head's spouse or partner. */
    SPOUSE_OR_PARTNER(3),
    /** Another relative of the head. */
    OTHER_RELATIVE(4),
    /** A household member not related to the head. */
    UNRELATED_HOUSEHOLD_MEMBER(5),
    /** The relationship was not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    RelationshipToHeadOfHousehold(int code) {
        this.code = code;
    }

    /** The published HUD code. */
    public int code() {
        return code;
    }

    /**
     * The relationship with this HUD code.
     *
     * @throws IllegalArgumentException when no relationship has this code
     */
    public static RelationshipToHeadOfHousehold fromCode(int code) {
        return Arrays.stream(values())
                .filter(relationship -> relationship.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no HUD relationship to head of household has code " + code));
    }
}
