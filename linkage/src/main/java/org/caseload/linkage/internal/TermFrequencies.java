// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Term-frequency adjustments of the weights of agreeing names, as Splink makes them (after
 * Winkler's frequency-based matching): two records agreeing on a name shared by a share
 * {@code tf} of all records are two people agreeing by chance with probability about
 * {@code tf}, not the average u of the field. The weight of an exact agreement becomes
 * log2(m / tf) instead of log2(m / u): the adjustment added is log2(u / tf), negative for a name
 * commoner than average ("Smith"), positive for a rare one ("Okonkwo"). Only exact agreement is
 * adjusted; partial agreement and disagreement keep their weights. Each record's adjustment is
 * computed once, from an id per distinct name. See
 * {@code docs/decisions/0102-term-frequency-adjustments-for-names.md}. Immutable once built.
 */
public final class TermFrequencies {

    private static final double LOG2 = Math.log(2);

    private final double[] first;
    private final double[] last;

    private TermFrequencies(double[] first, double[] last) {
        this.first = first;
        this.last = last;
    }

    /** The adjustments of every record, from the frequencies of its names among these records. */
    public static TermFrequencies of(List<PreparedSubject> subjects, FellegiSunterParameters parameters) {
        double uFirst = parameters.u()[ScoringVariable.FIRST_NAME.ordinal()][0];
        double uLast = parameters.u()[ScoringVariable.LAST_NAME.ordinal()][0];
        return new TermFrequencies(adjustments(subjects, PreparedSubject::first, uFirst),
                adjustments(subjects, PreparedSubject::last, uLast));
    }

    /** No adjustment for any of this many records. */
    public static TermFrequencies none(int records) {
        return new TermFrequencies(new double[records], new double[records]);
    }

    /** The adjustment of a pair of record {@code i} and another with this comparison pattern. */
    public double adjustment(int pattern, int i) {
        double adjustment = 0;
        if (ScoringVariable.FIRST_NAME.levelIn(pattern) == 0) {
            adjustment += first[i];
        }
        if (ScoringVariable.LAST_NAME.levelIn(pattern) == 0) {
            adjustment += last[i];
        }
        return adjustment;
    }

    /** log2(u / tf) of each record's value; 0 where it has none. */
    static double[] adjustments(List<PreparedSubject> subjects, Function<PreparedSubject, String> value, double u) {
        Map<String, Integer> ids = new HashMap<>();
        int[] idOf = new int[subjects.size()];
        int[] counts = new int[subjects.size() + 1];
        long withValue = 0;
        for (int i = 0; i < subjects.size(); i++) {
            String v = value.apply(subjects.get(i));
            if (v.isEmpty()) {
                idOf[i] = -1;
                continue;
            }
            int id = ids.computeIfAbsent(v, k -> ids.size());
            idOf[i] = id;
            counts[id]++;
            withValue++;
        }
        double[] adjustment = new double[subjects.size()];
        for (int i = 0; i < subjects.size(); i++) {
            if (idOf[i] >= 0) {
                double tf = (double) counts[idOf[i]] / withValue;
                adjustment[i] = Math.log(u / tf) / LOG2;
            }
        }
        return adjustment;
    }
}
