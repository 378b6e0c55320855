package org.caseload.clients.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.caseload.clients.matching.internal.EmEstimator;
import org.caseload.clients.matching.internal.FellegiSunterParameters;
import org.caseload.clients.matching.internal.ScoringVariable;
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

    /** Pairs drawn from the known mixture; variables not observed are missing. */
    private static long[] samplePatternCounts(int pairs, Random random) {
        long[] counts = new long[ScoringVariable.PATTERNS];
        for (int pair = 0; pair < pairs; pair++) {
            double[][] probabilities = random.nextDouble() < PRIOR ? M : U;
            int[] levels = new int[ScoringVariable.values().length];
            Arrays.fill(levels, ScoringVariable.MISSING_LEVEL);
            for (int v = 0; v < OBSERVED.length; v++) {
                levels[OBSERVED[v].ordinal()] = draw(probabilities[v], random);
            }
            int pattern = 0;
            for (int k = levels.length - 1; k >= 0; k--) {
                pattern = pattern * ScoringVariable.LEVELS + levels[k];
            }
            counts[pattern]++;
        }
        return counts;
    }

    private static int draw(double[] probabilities, Random random) {
        double x = random.nextDouble();
        return x < probabilities[0] ? 0 : x < probabilities[0] + probabilities[1] ? 1 : 2;
    }
}
