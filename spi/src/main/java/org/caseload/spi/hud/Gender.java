// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

/**
 * HUD data element 3.06, gender, as the FY2024 standards define it. A client gives one or more of
 * the values; a reason for missing data (8, 9, 99) is given alone.
 */
public enum Gender implements HudCode {
    /** 0: woman (girl, if child). */
    WOMAN(0),
    /** 1: man (boy, if child). */
    MAN(1),
    /** 2: culturally specific identity (e.g., Two-Spirit). */
    CULTURALLY_SPECIFIC(2),
    /** 3: different identity. */
    DIFFERENT_IDENTITY(3),
    /** 4: non-binary. */
    NON_BINARY(4),
    /** 5: transgender. */
    TRANSGENDER(5),
    /** 6: questioning. */
    QUESTIONING(6),
    /** 8: client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** 9: client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** 99: data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    Gender(int code) {
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
    public static Gender fromCode(int code) {
        return HudCode.fromCode(Gender.class, code);
    }
}
