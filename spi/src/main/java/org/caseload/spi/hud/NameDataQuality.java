// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

/** HUD data element 3.01.5, name data quality: how complete the client's name is. */
public enum NameDataQuality implements HudCode {
    /** 1: full name reported. */
    FULL(1),
    /** 2: partial, street name, or code name reported. */
    PARTIAL(2),
    /** 8: client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** 9: client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** 99: data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    NameDataQuality(int code) {
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
    public static NameDataQuality fromCode(int code) {
        return HudCode.fromCode(NameDataQuality.class, code);
    }
}
