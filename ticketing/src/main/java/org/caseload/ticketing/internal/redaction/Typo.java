// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

/** Whether two words are at most one typing slip apart. */
final class Typo {

    private Typo() {
    }

    /**
     * Whether {@code a} becomes {@code b} by at most one edit: a letter added, dropped or changed,
     * or two neighbouring letters swapped.
     */
    static boolean atMostOneEdit(String a, String b) {
        int lengthDifference = a.length() - b.length();
        if (Math.abs(lengthDifference) > 1) {
            return false;
        }
        if (lengthDifference < 0) {
            return atMostOneEdit(b, a);
        }
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == b.length()) {
            return true;
        }
        if (lengthDifference == 1) {
            return a.regionMatches(i + 1, b, i, b.length() - i);
        }
        boolean changed = a.regionMatches(i + 1, b, i + 1, b.length() - i - 1);
        boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, b.length() - i - 2);
        return changed || swapped;
    }
}
