// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.Locale;

/** Codes shown as words: {@code RENTAL_WITH_SUBSIDY} as "Rental with subsidy". */
public final class Words {

    private Words() {
    }

    /** The constant's name as a sentence-case phrase. */
    public static String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String words = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
