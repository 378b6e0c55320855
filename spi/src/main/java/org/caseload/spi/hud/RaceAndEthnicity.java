// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

/**
 * HUD data element 3.04, race and ethnicity. A client gives one or more of the values; a reason for
 * missing data (8, 9, 99) is given alone. Constant names follow the HMIS CSV column names.
 */
public enum RaceAndEthnicity implements HudCode {
    /** 1: American Indian, Alaska Native, or Indigenous. */
    AM_IND_AK_NATIVE(1),
    /** 2: Asian or Asian American. */
    ASIAN(2),
    /** 3: Black, African American, or African. */
    BLACK_AF_AMERICAN(3),
    /** 4: Native Hawaiian or Pacific Islander. */
    NATIVE_HI_PACIFIC(4),
    /** 5: White. */
    WHITE(5),
    /** 6: Hispanic/Latina/e/o. */
    HISPANIC_LATINAEO(6),
    /** 7: Middle Eastern or North African. */
    MID_EAST_N_AFRICAN(7),
    /** 8: client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** 9: client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** 99: data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    RaceAndEthnicity(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * The response with this HUD code.
     *
     * @throws IllegalArgumentException when the list has no such code
     */
    public static RaceAndEthnicity fromCode(int code) {
        return HudCode.fromCode(RaceAndEthnicity.class, code);
    }
}
