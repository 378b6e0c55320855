// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.caseload.linkage.internal.EmEstimator;
import org.caseload.linkage.internal.FellegiSunterParameters;
import org.caseload.linkage.internal.ScoringVariable;
import org.junit.jupiter.api.Test;

class EmEstimatorTest {

    private static final ScoringVariable[] OBSERVED = {
        ScoringVariable.FIRST_NAME, ScoringVariable.LAST_NAME, ScoringVariable.DATE_OF_BIRTH, ScoringVariable.ADDRESS,
    };
    private static final double[][] M = {{0.85, 0.10, 0.05}, {0.80, 0.15, 0.05}, {0.90, 0.06, 0.04}, {0.70, 0.20, 0.10}};
    private static final double[][] U = {{0.05, 0.10, 0.85}, {0.02, 0.08, 0.90}, {0.10, 0.05, 0.85}, {0.03, 0.07, 0.90}};
    private static final double PRIOR = 0.2;

    @Test
    void recoversKnownParametersFromUnlabelledPatterns() {
        FellegiSunterParameters estimate = EmEstimator.estimate(samplePatternCounts(200_000, new Random(42)));

        assertThat(estimate.prior()).isCloseTo(PRIOR, within(0.01));
        for (int v = 0; v < OBSERVED.length; v++) {
            for (int level = 0; level < 3; level++) {
                assertThat(estimate.m()[OBSERVED[v].ordinal()][level]).as("m %s %d", OBSERVED[v], level)
                        .isCloseTo(M[v][level], within(0.02));
                assertThat(estimate.u()[OBSERVED[v].ordinal()][level]).as("u %s %d", OBSERVED[v], level)
                        .isCloseTo(U[v][level], within(0.02));
            }
        }
    }

    @Test
    void randomPairsGiveUAndThePriorKeepsTheNumberOfMatchesEmFound() {
        long[] candidates = samplePatternCounts(200_000, new Random(42));
        FellegiSunterParameters estimate = EmEstimator.estimate(candidates);
        double[][] atLarge = {{0.01, 0.02, 0.97}, {0.001, 0.01, 0.989}, {0.0005, 0.002, 0.9975}, {0.002, 0.01, 0.988}};
        long[] random = samplePatternCounts(200_000, new Random(7), atLarge, 0);

        FellegiSunterParameters adjusted = EmEstimator.withRandomPairU(estimate, candidates, random);

        for (int v = 0; v < OBSERVED.length; v++) {
            for (int level = 0; level < 3; level++) {
                assertThat(adjusted.u()[OBSERVED[v].ordinal()][level]).as("u %s %d", OBSERVED[v], level)
                        .isCloseTo(atLarge[v][level], within(0.002));
                assertThat(adjusted.m()[OBSERVED[v].ordinal()][level]).isEqualTo(estimate.m()[OBSERVED[v].ordinal()][level]);
            }
        }
        assertThat(expectedMatches(adjusted, candidates)).isCloseTo(estimate.prior() * 200_000, within(20.0));
        assertThat(adjusted.weight(patternOf(0, 0, 0, 0))).isGreaterThan(estimate.weight(patternOf(0, 0, 0, 0)));
    }

    @Test
    void overAllPairsThePriorIsEstimatedFarBelowTheOldFloorAndMIsRecovered() {
        double[][] atLarge = {{0.01, 0.02, 0.97}, {0.001, 0.01, 0.989}, {0.0005, 0.002, 0.9975}, {0.002, 0.01, 0.988}};
        long[] candidates = samplePatternCounts(20_000, new Random(42), U, 1.0);
        long[] nonMatches = samplePatternCounts(100_000, new Random(43), atLarge, 0);
        for (int p = 0; p < candidates.length; p++) {
            candidates[p] += nonMatches[p];
        }
        long[] random = samplePatternCounts(200_000, new Random(7), atLarge, 0);

        FellegiSunterParameters estimate = EmEstimator.estimateOverAllPairs(candidates, random, 1e10);

        assertThat(estimate.prior()).isLessThan(1e-5).isCloseTo(2e-6, within(4e-7));
        for (int v = 0; v < OBSERVED.length; v++) {
            assertThat(estimate.m()[OBSERVED[v].ordinal()][0]).as("m %s agree", OBSERVED[v])
                    .isCloseTo(M[v][0], within(0.06));
            assertThat(estimate.u()[OBSERVED[v].ordinal()][0]).isCloseTo(atLarge[v][0], within(0.002));
        }
    }

    private static double expectedMatches(FellegiSunterParameters parameters, long[] counts) {
        double expected = 0;
        for (int pattern = 0; pattern < counts.length; pattern++) {
            if (counts[pattern] > 0) {
                expected += counts[pattern] * parameters.probability(parameters.weight(pattern));
            }
        }
        return expected;
    }

    /** The pattern with these levels of the observed variables, the others missing. */
    private static int patternOf(int... observedLevels) {
        int[] levels = new int[ScoringVariable.values().length];
        Arrays.fill(levels, ScoringVariable.MISSING_LEVEL);
        for (int v = 0; v < OBSERVED.length; v++) {
            levels[OBSERVED[v].ordinal()] = observedLevels[v];
        }
        int pattern = 0;
        for (int k = levels.length - 1; k >= 0; k--) {
            pattern = pattern * ScoringVariable.LEVELS + levels[k];
        }
        return pattern;
    }

    /** Pairs drawn from the known mixture; variables not observed are missing. */
    private static long[] samplePatternCounts(int pairs, Random random) {
        return samplePatternCounts(pairs, random, U, PRIOR);
    }

    /** Pairs drawn from a mixture of matches (M) and non-matches (u), matches in this share. */
    private static long[] samplePatternCounts(int pairs, Random random, double[][] u, double prior) {
        long[] counts = new long[ScoringVariable.PATTERNS];
        for (int pair = 0; pair < pairs; pair++) {
            double[][] probabilities = random.nextDouble() < prior ? M : u;
            int[] levels = new int[OBSERVED.length];
            for (int v = 0; v < OBSERVED.length; v++) {
                levels[v] = draw(probabilities[v], random);
            }
            counts[patternOf(levels)]++;
        }
        return counts;
    }

    private static int draw(double[] probabilities, Random random) {
        double x = random.nextDouble();
        return x < probabilities[0] ? 0 : x < probabilities[0] + probabilities[1] ? 1 : 2;
    }
}
