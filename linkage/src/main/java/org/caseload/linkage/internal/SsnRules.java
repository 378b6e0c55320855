// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

/**
 * Which US Social Security numbers may be used for matching. A number is used only when it has
 * nine digits and none of the never-issued patterns: one digit repeated, area 000, 666 or 900–999,
 * group 00, serial 0000. Stateless and thread-safe; null is never valid.
 */
public final class SsnRules {

    private SsnRules() {
    }

    /** The digits of a value, other characters (dashes, spaces) dropped; null gives "". */
    public static String digits(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(value.length());
        value.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    /** Whether nine digits form a full SSN that may be used for matching. */
    public static boolean isValidFull(String digits) {
        if (digits == null || digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        String area = digits.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                && !digits.startsWith("00", 3) && !digits.startsWith("0000", 5);
    }

    /** Whether four digits may be the last four of a valid SSN (serial 0000 never is). */
    public static boolean isValidLastFour(String digits) {
        return digits != null && digits.length() == 4 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && !digits.equals("0000");
    }
}
