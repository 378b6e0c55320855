// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Social Security numbers as HUD records them: nine characters, digits, with {@code x} for each
 * digit the client does not know. Stateless.
 */
public final class Ssns {

    /** Nine digits or {@code x}, optionally grouped 3-2-4 by hyphens. */
    private static final Pattern ENTERED = Pattern.compile("[0-9xX]{3}-?[0-9xX]{2}-?[0-9xX]{4}");
    /** A masked SSN as every read shows it: five {@code *}, then the last four characters. */
    private static final Pattern MASKED = Pattern.compile("\\*{3}-?\\*{2}-?[0-9xX]{4}");
    private static final char UNKNOWN_DIGIT = 'x';
    private static final String MASK = "*****";

    private Ssns() {
    }

    /**
     * The SSN as stored: nine characters, digits and lower-case {@code x}, without hyphens. Empty
     * when the text is not an SSN ({@code 123-45-6789}, {@code 123456789}, {@code xxx-xx-6789}). A
     * masked SSN gives its partial form ({@code *****6789} gives {@code xxxxx6789}): see
     * {@link SsnMasking} for how a masked SSN sent back keeps the stored one.
     */
    public static Optional<String> normalize(String entered) {
        String trimmed = entered.strip();
        if (isMasked(trimmed)) {
            // Only the last four are known from a masked SSN: as much as a partial one holds.
            return Optional.of("xxxxx" + trimmed.substring(trimmed.length() - 4).toLowerCase(Locale.ROOT));
        }
        if (!ENTERED.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed.replace("-", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text is an SSN as reads show it ({@code *****6789}, or {@code ***-**-6789}): it
     * stands for the stored SSN with these last four characters.
     */
    public static boolean isMasked(String entered) {
        return entered != null && MASKED.matcher(entered.strip()).matches();
    }

    /** A normalized SSN as reads show it: {@code *****} and its last four characters. */
    public static String mask(String normalized) {
        return MASK + normalized.substring(normalized.length() - 4);
    }

    /** Whether a normalized SSN has all nine digits. */
    public static boolean isComplete(String normalized) {
        return normalized.indexOf(UNKNOWN_DIGIT) < 0;
    }

    /** Whether a normalized SSN has at least one known digit. */
    public static boolean hasKnownDigit(String normalized) {
        return normalized.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a complete SSN could have been issued: not one digit repeated, and neither area
     * 000, 666 or 9xx, nor group 00, nor serial 0000. Invalid SSNs are never used for matching.
     */
    public static boolean isIssuable(String normalized) {
        if (!isComplete(normalized) || normalized.chars().distinct().count() == 1) {
            return false;
        }
        String area = normalized.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                && !normalized.startsWith("00", 3) && !normalized.startsWith("0000", 5);
    }
}
