// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

/** HUD data element 3.03.2, DOB data quality: how exact the client's date of birth is. */
public enum DobDataQuality implements HudCode {
    /** 1: full date of birth reported. */
    FULL(1),
    /** 2: approximate or partial date of birth reported. */
    APPROXIMATE_OR_PARTIAL(2),
    /** 8: client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** 9: client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** 99: data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    DobDataQuality(int code) {
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
    public static DobDataQuality fromCode(int code) {
        return HudCode.fromCode(DobDataQuality.class, code);
    }
}
