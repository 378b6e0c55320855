// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro–Winkler similarity on primitives, the same figures as Apache Commons Text's
 * {@code JaroWinklerSimilarity} (matching window of half the longer string less one, Winkler's
 * prefix bonus of 0.1 per leading character, at most four, above a Jaro similarity of 0.7)
 * without boxing its result or allocating for names of up to 64 characters; longer strings go
 * to Commons Text itself. Stateless and thread-safe.
 */
public final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final double BOOST_THRESHOLD = 0.7;
    private static final int MAX_PREFIX = 4;
    private static final int MASK_BITS = 64;
    private static final JaroWinklerSimilarity LONG_STRINGS = new JaroWinklerSimilarity();

    private JaroWinkler() {
    }

    /** The similarity of two strings, in [0, 1]; 1 for equal strings. */
    public static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1;
        }
        String max = first.length() > second.length() ? first : second;
        String min = max == first ? second : first;
        if (max.length() > MASK_BITS) {
            // Rare (a name of more than 64 characters): the reference implementation, boxing and all.
            return LONG_STRINGS.apply(first, second);
        }
        int range = Math.max(max.length() / 2 - 1, 0);
        long minMatched = 0;
        long maxMatched = 0;
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
                    minMatched |= 1L << mi;
                    maxMatched |= 1L << xi;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        int xi = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            if ((minMatched & (1L << mi)) != 0) {
                while ((maxMatched & (1L << xi)) == 0) {
                    xi++;
                }
                if (min.charAt(mi) != max.charAt(xi)) {
                    halfTranspositions++;
                }
                xi++;
            }
        }
        return score(first, second, min.length(), matches, halfTranspositions);
    }

    private static double score(String first, String second, int minLength, int matches, int halfTranspositions) {
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3;
        if (jaro < BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(MAX_PREFIX, minLength); i++) {
            if (first.charAt(i) != second.charAt(i)) {
                break;
            }
            prefix++;
        }
        return jaro + SCALING * prefix * (1 - jaro);
    }
}
