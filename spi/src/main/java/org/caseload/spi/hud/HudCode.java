// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

import java.util.Objects;

/**
 * A response of a HUD HMIS code list, with its published numeric code. The codes 8 (client doesn't
 * know), 9 (client prefers not to answer) and 99 (data not collected) are HUD's reasons for
 * missing data: they stand in for a value the client did not give.
 */
public interface HudCode {

    /** The code HUD publishes for this response. */
    int code();

    /** Whether this response is one of HUD's reasons for missing data (8, 9 or 99), not a value. */
    default boolean isMissingData() {
        int code = code();
        return code == 8 || code == 9 || code == 99;
    }

    /**
     * The response of a code list with this published code.
     *
     * @param list the code list, not null
     * @throws IllegalArgumentException when the list has no response with this code
     */
    static <E extends Enum<E> & HudCode> E fromCode(Class<E> list, int code) {
        Objects.requireNonNull(list, "list");
        for (E response : list.getEnumConstants()) {
            if (response.code() == code) {
                return response;
            }
        }
        throw new IllegalArgumentException(list.getSimpleName() + " has no response with code " + code);
    }
}
