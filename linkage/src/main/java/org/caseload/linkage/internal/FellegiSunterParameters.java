// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

/**
 * The parameters of a Fellegi–Sunter model: for each scoring variable and level, the probability
 * m of that level among true matches and u among non-matches (MISSING excluded), and the share
 * of matches among the compared pairs. Arrays are indexed [variable ordinal][level] and are not
 * modified after construction. A class rather than a record: it keeps log2(m / u) of each level,
 * derived from {@code m} and {@code u} once, since every pair scored sums them.
 */
public final class FellegiSunterParameters {

    private static final int VARIABLE_COUNT = ScoringVariable.values().length;

    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final int iterations;
    private final double[][] logRatios;

    /**
     * @param m          match probabilities
     * @param u          non-match probabilities
     * @param prior      share of matches among candidate pairs, in (0, 1)
     * @param iterations EM iterations that produced them; 0 for hand-set parameters
     */
    public FellegiSunterParameters(double[][] m, double[][] u, double prior, int iterations) {
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.iterations = iterations;
        this.logRatios = logRatios(m, u);
    }

    /** Match probabilities, [variable ordinal][level]. */
    public double[][] m() {
        return m;
    }

    /** Non-match probabilities, [variable ordinal][level]. */
    public double[][] u() {
        return u;
    }

    /** The share of matches among candidate pairs, in (0, 1). */
    public double prior() {
        return prior;
    }

    /** EM iterations that produced these parameters; 0 for hand-set ones. */
    public int iterations() {
        return iterations;
    }

    /** The match weight of a pattern: the sum over non-missing variables of log2(m / u). */
    public double weight(int pattern) {
        double weight = 0;
        // The levels in variable order, lowest digit first, as ScoringVariable.levelIn reads them one by one.
        int rest = pattern;
        for (int variable = 0; variable < VARIABLE_COUNT; variable++) {
            int level = rest % ScoringVariable.LEVELS;
            rest /= ScoringVariable.LEVELS;
            if (level != ScoringVariable.MISSING_LEVEL) {
                weight += logRatios[variable][level];
            }
        }
        return weight;
    }

    private static double[][] logRatios(double[][] m, double[][] u) {
        double[][] logRatios = new double[m.length][];
        for (int variable = 0; variable < m.length; variable++) {
            logRatios[variable] = new double[m[variable].length];
            for (int level = 0; level < m[variable].length; level++) {
                logRatios[variable][level] = log2(m[variable][level] / u[variable][level]);
            }
        }
        return logRatios;
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
