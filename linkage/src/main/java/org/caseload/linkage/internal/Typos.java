// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Whether two strings differ by one typing error. Stateless and thread-safe. */
public final class Typos {

    private static final LevenshteinDistance AT_MOST_ONE_EDIT = new LevenshteinDistance(1);

    private Typos() {
    }

    /** One character replaced, inserted or deleted, or two characters swapped. */
    public static boolean oneTypo(String a, String b) {
        return oneEdit(a, b) || twoSwapped(a, b);
    }

    /** Exactly one character replaced, inserted or deleted. */
    public static boolean oneEdit(String a, String b) {
        return AT_MOST_ONE_EDIT.apply(a, b) == 1;
    }

    /** Same length and exactly two positions differ, holding each other's characters. */
    public static boolean twoSwapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return false;
                }
            }
        }
        return second >= 0 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first);
    }
}
