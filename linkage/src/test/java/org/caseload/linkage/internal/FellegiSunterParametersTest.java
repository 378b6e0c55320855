// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FellegiSunterParametersTest {

    /** The weight of a pattern against its definition: log2(m / u) summed over the levels that are not missing. */
    @Test
    void aPatternsWeightSumsTheLogRatiosOfItsLevels() {
        Random random = new Random(7);
        int variables = ScoringVariable.values().length;
        double[][] m = new double[variables][ScoringVariable.LEVELS];
        double[][] u = new double[variables][ScoringVariable.LEVELS];
        for (int variable = 0; variable < variables; variable++) {
            for (int level = 0; level < ScoringVariable.LEVELS; level++) {
                m[variable][level] = 0.01 + random.nextDouble();
                u[variable][level] = 0.01 + random.nextDouble();
            }
        }
        FellegiSunterParameters parameters = new FellegiSunterParameters(m, u, 0.01, 0);

        for (int i = 0; i < 2_000; i++) {
            int pattern = random.nextInt(ScoringVariable.PATTERNS);
            double expected = 0;
            for (ScoringVariable variable : ScoringVariable.values()) {
                int level = variable.levelIn(pattern);
                if (level != ScoringVariable.MISSING_LEVEL) {
                    expected += Math.log(m[variable.ordinal()][level] / u[variable.ordinal()][level]) / Math.log(2);
                }
            }
            assertThat(parameters.weight(pattern)).as("pattern %d", pattern).isCloseTo(expected, within(1e-9));
        }
    }
}
