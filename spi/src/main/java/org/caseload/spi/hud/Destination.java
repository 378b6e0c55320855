// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

import java.util.Arrays;

/**
 * Where a client went on leaving a project, HUD data element 3.12 in the FY2024 edition of the
 * HMIS Data Standards. The three-digit codes carry their category in the first digit: 1 homeless,
 * 2 institutional, 3 temporary, 4 permanent housing; the others (8, 9, 17, 24, 30, 99) are the
 * answers that are not a place.
 */
public enum Destination {
    // Homeless situations
    /** Place not meant for habitation (a vehicle, an abandoned building, a station, outside). */
    PLACE_NOT_MEANT_FOR_HABITATION(116),
    /** Emergency shelter, including a hotel or motel paid for with an emergency shelter voucher, or a Host Home shelter. */
    EMERGENCY_SHELTER(101),
    /** Safe Haven. */
    SAFE_HAVEN(118),

    // Institutional situations
    /** Foster care home or foster care group home. */
    FOSTER_CARE(215),
    /** Hospital or other residential non-psychiatric medical facility. */
    HOSPITAL(206),
    /** Jail, prison or juvenile detention facility. */
    JAIL_PRISON_OR_JUVENILE_DETENTION(207),
    /** Long-term care facility or nursing home. */
    LONG_TERM_CARE_OR_NURSING_HOME(225),
    /** Psychiatric hospital or other psychiatric facility. */
    PSYCHIATRIC_FACILITY(204),
    /** Substance abuse treatment facility or detox center. */
    SUBSTANCE_ABUSE_TREATMENT_OR_DETOX(205),

    // Temporary housing situations
    /** Transitional housing for homeless persons (including homeless youth). */
    TRANSITIONAL_HOUSING(302),
    /** Residential project or halfway house with no homeless criteria. */
    RESIDENTIAL_PROJECT_OR_HALFWAY_HOUSE(329),
    /** Hotel or motel paid for without an emergency shelter voucher. */
    HOTEL_OR_MOTEL_WITHOUT_VOUCHER(314),
    /** Host Home (non-crisis). */
    HOST_HOME_NON_CRISIS(332),
    /** Staying or living with family, temporary tenure. */
    WITH_FAMILY_TEMPORARY(312),
    /** Staying or living with friends, temporary tenure. */
    WITH_FRIENDS_TEMPORARY(313),
    /** Moved from one HOPWA funded project to HOPWA transitional housing. */
    HOPWA_TRANSITIONAL_HOUSING(327),

    // Permanent housing situations
    /** Staying or living with family, permanent tenure. */
    WITH_FAMILY_PERMANENT(422),
    /** Staying or living with friends, permanent tenure. */
    WITH_FRIENDS_PERMANENT(423),
    /** Moved from one HOPWA funded project to HOPWA permanent housing. */
    HOPWA_PERMANENT_HOUSING(426),
    /** Rental by client, no ongoing housing subsidy. */
    RENTAL_NO_SUBSIDY(410),
    /** Rental by client, with ongoing housing subsidy. */
    RENTAL_WITH_SUBSIDY(435),
    /** Owned by client, with ongoing housing subsidy. */
    OWNED_WITH_SUBSIDY(421),
    /** Owned by client, no ongoing housing subsidy. */
    OWNED_NO_SUBSIDY(411),

    // Other
    /** No exit interview completed. */
    NO_EXIT_INTERVIEW_COMPLETED(30),
    /** Other. */
    OTHER(17),
    /** Deceased. */
    DECEASED(24),
    /** Client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** Client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** Data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    Destination(int code) {
        this.code = code;
    }

    /** The published HUD code, such as 410. */
    public int code() {
        return code;
    }

    /**
     * The destination with this HUD code.
     *
     * @throws IllegalArgumentException when no destination has this code
     */
    public static Destination fromCode(int code) {
        return Arrays.stream(values())
                .filter(destination -> destination.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no HUD destination has code " + code));
    }
}
