// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.stream.IntStream;

/**
 * Estimates Fellegi–Sunter parameters from unlabeled comparison patterns by expectation
 * maximization (Winkler 1988): the data is a mixture of matches and non-matches, each with its
 * own independent per-variable level probabilities. Works on pattern counts, so its cost does not
 * grow with the number of pairs. Stateless and thread-safe.
 */
public final class EmEstimator {

    private static final int MAX_ITERATIONS = 500;
    private static final double CONVERGED = 1e-8;
    /** Keeps a level never seen in one class from getting probability 0 and an infinite weight. */
    private static final double FLOOR = 1e-5;
    /**
     * Keeps the prior off exactly 0 and 1, where the odds would be infinite; far below any share
     * of matches a data set can have, so that the prior is the estimate itself. The m and u levels
     * keep {@link #FLOOR}: a level unseen in one class is a small sample, not a certainty.
     */
    private static final double PRIOR_BOUND = 1e-12;
    private static final double INITIAL_PRIOR = 0.1;
    private static final double[] INITIAL_M = {0.85, 0.10, 0.05};
    private static final double[] INITIAL_U = {0.05, 0.10, 0.85};
    private static final int COMPARED_LEVELS = 3;

    private EmEstimator() {
    }

    /**
     * Estimates the parameters.
     *
     * @param patternCounts how many pairs had each comparison pattern, indexed by pattern
     * @throws IllegalArgumentException when there are no pairs
     */
    public static FellegiSunterParameters estimate(long[] patternCounts) {
        int variables = ScoringVariable.values().length;
        double[][] m = new double[variables][];
        double[][] u = new double[variables][];
        for (int k = 0; k < variables; k++) {
            m[k] = INITIAL_M.clone();
            u[k] = INITIAL_U.clone();
        }
        int[] observed = observedPatterns(patternCounts);
        if (observed.length == 0) {
            throw new IllegalArgumentException("EM needs at least one compared pair");
        }
        int[][] levels = levelsOf(observed);
        double prior = INITIAL_PRIOR;
        int iteration = 0;
        double change = Double.MAX_VALUE;
        while (iteration < MAX_ITERATIONS && change > CONVERGED) {
            double[][] matchMass = new double[variables][COMPARED_LEVELS];
            double[][] nonMatchMass = new double[variables][COMPARED_LEVELS];
            double matches = 0;
            double total = 0;
            for (int p = 0; p < observed.length; p++) {
                double count = patternCounts[observed[p]];
                double g = matchShare(levels[p], m, u, prior);
                matches += g * count;
                total += count;
                for (int k = 0; k < variables; k++) {
                    int level = levels[p][k];
                    if (level != ScoringVariable.MISSING_LEVEL) {
                        matchMass[k][level] += g * count;
                        nonMatchMass[k][level] += (1 - g) * count;
                    }
                }
            }
            double newPrior = Math.min(Math.max(matches / total, PRIOR_BOUND), 1 - PRIOR_BOUND);
            change = Math.abs(newPrior - prior);
            prior = newPrior;
            for (int k = 0; k < variables; k++) {
                change = Math.max(change, normalizeInto(matchMass[k], m[k]));
                change = Math.max(change, normalizeInto(nonMatchMass[k], u[k]));
            }
            iteration++;
        }
        return new FellegiSunterParameters(m, u, prior, iteration);
    }

    /**
     * The parameters with u replaced by the level frequencies among random pairs, and the prior
     * set anew so that the candidate pairs hold as many matches as the EM estimate found.
     *
     * <p>EM on candidate pairs estimates u among the non-matches that blocking let through, and
     * those agree on the blocking fields (a shared date of birth, a shared surname sound) far more
     * often than two people at large; it also breaks EM's assumption that fields agree
     * independently. Those u make agreement on a blocking field look weak. Random pairs give u
     * for two people at large, so weights separate better, while the number of matches stays EM's.
     *
     * @param estimated           EM's estimate on the candidate pairs
     * @param candidatePatterns   the candidate pairs' pattern counts
     * @param randomPatterns      pattern counts of random pairs of the same records
     */
    public static FellegiSunterParameters withRandomPairU(FellegiSunterParameters estimated,
            long[] candidatePatterns, long[] randomPatterns) {
        int variables = ScoringVariable.values().length;
        double[][] mass = new double[variables][COMPARED_LEVELS];
        int[] sampled = observedPatterns(randomPatterns);
        if (sampled.length == 0) {
            return estimated;
        }
        int[][] sampledLevels = levelsOf(sampled);
        for (int p = 0; p < sampled.length; p++) {
            for (int k = 0; k < variables; k++) {
                if (sampledLevels[p][k] != ScoringVariable.MISSING_LEVEL) {
                    mass[k][sampledLevels[p][k]] += randomPatterns[sampled[p]];
                }
            }
        }
        double[][] u = new double[variables][];
        for (int k = 0; k < variables; k++) {
            u[k] = estimated.u()[k].clone();
            normalizeInto(mass[k], u[k]);
        }
        FellegiSunterParameters withU = new FellegiSunterParameters(estimated.m(), u, estimated.prior(),
                estimated.iterations());
        return withExpectedMatches(withU, candidatePatterns, estimated.prior() * pairs(candidatePatterns));
    }

    /**
     * Estimates m and the prior by EM over every pair of the records, u held at its frequencies
     * among random pairs: the Fellegi–Sunter mixture over all n(n-1)/2 pairs, the pairs outside
     * the candidate pairs taken as non-matches (their agreement is that of random pairs, whose
     * posterior is negligible under any m). The prior is then the share of matches among all
     * pairs, estimated, not floored. Holding u at the population's values anchors the non-match
     * class, so that EM cannot take the people whom blocking put together (a shared name, a
     * shared date of birth) for a class of their own; the candidate pairs' own u would be biased
     * by the blocking. See {@code docs/decisions/0103-prior-over-all-pairs-by-em.md}.
     *
     * @param candidatePatterns the candidate pairs' pattern counts
     * @param randomPatterns    pattern counts of random pairs of the same records
     * @param allPairs          n(n-1)/2, the number of pairs of the records
     * @throws IllegalArgumentException when there are no candidate pairs
     */
    public static FellegiSunterParameters estimateOverAllPairs(long[] candidatePatterns, long[] randomPatterns,
            double allPairs) {
        int variables = ScoringVariable.values().length;
        int[] observed = observedPatterns(candidatePatterns);
        if (observed.length == 0) {
            throw new IllegalArgumentException("EM needs at least one compared pair");
        }
        int[][] levels = levelsOf(observed);
        double[][] m = new double[variables][];
        double[][] u = new double[variables][];
        double[][] randomMass = new double[variables][COMPARED_LEVELS];
        int[] sampled = observedPatterns(randomPatterns);
        int[][] sampledLevels = levelsOf(sampled);
        for (int p = 0; p < sampled.length; p++) {
            for (int k = 0; k < variables; k++) {
                if (sampledLevels[p][k] != ScoringVariable.MISSING_LEVEL) {
                    randomMass[k][sampledLevels[p][k]] += randomPatterns[sampled[p]];
                }
            }
        }
        for (int k = 0; k < variables; k++) {
            m[k] = INITIAL_M.clone();
            u[k] = INITIAL_U.clone();
            normalizeInto(randomMass[k], u[k]);
        }
        double candidates = pairs(candidatePatterns);
        double prior = Math.min(candidates / allPairs / 2, 0.5);
        int iteration = 0;
        double change = Double.MAX_VALUE;
        while (iteration < MAX_ITERATIONS && change > CONVERGED) {
            double[][] matchMass = new double[variables][COMPARED_LEVELS];
            double matches = 0;
            for (int p = 0; p < observed.length; p++) {
                double count = candidatePatterns[observed[p]];
                double g = matchShare(levels[p], m, u, prior);
                matches += g * count;
                for (int k = 0; k < variables; k++) {
                    int level = levels[p][k];
                    if (level != ScoringVariable.MISSING_LEVEL) {
                        matchMass[k][level] += g * count;
                    }
                }
            }
            double newPrior = Math.min(Math.max(matches / allPairs, PRIOR_BOUND), 1 - PRIOR_BOUND);
            change = Math.abs(newPrior - prior) / prior;
            prior = newPrior;
            for (int k = 0; k < variables; k++) {
                change = Math.max(change, normalizeInto(matchMass[k], m[k]));
            }
            iteration++;
        }
        return new FellegiSunterParameters(m, u, prior, iteration);
    }

    /** How many pairs the pattern counts hold. */
    public static double pairs(long[] patternCounts) {
        double total = 0;
        for (long count : patternCounts) {
            total += count;
        }
        return total;
    }

    /**
     * The parameters with m and u kept and the prior set so that the candidate pairs hold this many
     * expected matches.
     *
     * @param estimated         m and u to keep
     * @param candidatePatterns the candidate pairs' pattern counts
     * @param wanted            the expected number of matches among them
     */
    public static FellegiSunterParameters withExpectedMatches(FellegiSunterParameters estimated,
            long[] candidatePatterns, double wanted) {
        double[][] u = estimated.u();
        int[] observed = observedPatterns(candidatePatterns);
        int[][] levels = levelsOf(observed);
        // Bisection on the prior's log-odds: the expected number of matches grows with the prior.
        double low = -60;
        double high = 20;
        for (int step = 0; step < 100; step++) {
            double middle = (low + high) / 2;
            double prior = 1 / (1 + Math.exp(-middle));
            double expected = 0;
            for (int p = 0; p < observed.length; p++) {
                expected += candidatePatterns[observed[p]] * matchShare(levels[p], estimated.m(), u, prior);
            }
            if (expected < wanted) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double prior = Math.min(Math.max(1 / (1 + Math.exp(-(low + high) / 2)), PRIOR_BOUND), 1 - PRIOR_BOUND);
        return new FellegiSunterParameters(estimated.m(), u, prior, estimated.iterations());
    }

    /** The posterior match share of one pattern under the current parameters. */
    private static double matchShare(int[] levels, double[][] m, double[][] u, double prior) {
        double match = prior;
        double nonMatch = 1 - prior;
        for (int k = 0; k < levels.length; k++) {
            if (levels[k] != ScoringVariable.MISSING_LEVEL) {
                match *= m[k][levels[k]];
                nonMatch *= u[k][levels[k]];
            }
        }
        return match / (match + nonMatch);
    }

    /** Writes mass / sum into target, floored; returns the largest change. A variable never seen keeps its values. */
    private static double normalizeInto(double[] mass, double[] target) {
        double sum = mass[0] + mass[1] + mass[2];
        if (sum <= 0) {
            return 0;
        }
        double flooredSum = 0;
        double[] next = new double[COMPARED_LEVELS];
        for (int l = 0; l < COMPARED_LEVELS; l++) {
            next[l] = Math.max(mass[l] / sum, FLOOR);
            flooredSum += next[l];
        }
        double change = 0;
        for (int l = 0; l < COMPARED_LEVELS; l++) {
            double value = next[l] / flooredSum;
            change = Math.max(change, Math.abs(value - target[l]));
            target[l] = value;
        }
        return change;
    }

    private static int[] observedPatterns(long[] patternCounts) {
        return IntStream.range(0, patternCounts.length).filter(p -> patternCounts[p] > 0).toArray();
    }

    private static int[][] levelsOf(int[] patterns) {
        ScoringVariable[] variables = ScoringVariable.values();
        int[][] levels = new int[patterns.length][variables.length];
        for (int p = 0; p < patterns.length; p++) {
            for (ScoringVariable variable : variables) {
                levels[p][variable.ordinal()] = variable.levelIn(patterns[p]);
            }
        }
        return levels;
    }
}
