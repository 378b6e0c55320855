// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

/**
 * HUD list 1.8, No/Yes/Reasons for Missing Data: the answer to a yes-or-no question such as veteran
 * status (data element 3.07).
 */
public enum NoYesReasons implements HudCode {
    /** 0: no. */
    NO(0),
    /** 1: yes. */
    YES(1),
    /** 8: client doesn't know. */
    CLIENT_DOES_NOT_KNOW(8),
    /** 9: client prefers not to answer. */
    CLIENT_PREFERS_NOT_TO_ANSWER(9),
    /** 99: data not collected. */
    DATA_NOT_COLLECTED(99);

    private final int code;

    NoYesReasons(int code) {
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
    public static NoYesReasons fromCode(int code) {
        return HudCode.fromCode(NoYesReasons.class, code);
    }
}
