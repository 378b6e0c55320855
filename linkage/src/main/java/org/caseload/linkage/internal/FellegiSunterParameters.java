// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

/**
 * The parameters of a Fellegi–Sunter model: for each scoring variable and level, the probability
 * m of that level among true matches and u among non-matches (MISSING excluded), and the share
 * of matches among the compared pairs. Arrays are indexed [variable ordinal][level] and are not
 * modified after construction.
 *
 * @param m          match probabilities
 * @param u          non-match probabilities
 * @param prior      share of matches among candidate pairs, in (0, 1)
 * @param iterations EM iterations that produced them; 0 for hand-set parameters
 */
public record FellegiSunterParameters(double[][] m, double[][] u, double prior, int iterations) {

    /** The match weight of a pattern: the sum over non-missing variables of log2(m / u). */
    public double weight(int pattern) {
        double weight = 0;
        for (ScoringVariable variable : ScoringVariable.values()) {
            int level = variable.levelIn(pattern);
            if (level != ScoringVariable.MISSING_LEVEL) {
                weight += log2(m[variable.ordinal()][level] / u[variable.ordinal()][level]);
            }
        }
        return weight;
    }

    /** The posterior match probability of a pattern with this weight. */
    public double probability(double weight) {
        double logOdds = weight + log2(prior / (1 - prior));
        return 1 / (1 + Math.pow(2, -logOdds));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
