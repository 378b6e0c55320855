// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TierRulesTest {

    private final TierRules rules = TierRules.of(1,
            TierRule.named("outage").severityAtMost(1).priorityAtLeast(Priority.HIGH).thenTier(3),
            TierRule.named("specialist").complexityAtLeast(Complexity.MEDIUM).thenTier(2),
            TierRule.named("never reached for medium").complexityAtLeast(Complexity.MEDIUM).thenTier(3));

    @Test
    void theFirstMatchingRuleWins() {
        assertThat(rules.choose(3, Complexity.HIGH, Priority.LOW)).isEqualTo(new TierRules.Choice(2, "specialist"));
    }

    @Test
    void everyConditionOfARuleMustHold() {
        assertThat(rules.choose(1, Complexity.LOW, Priority.CRITICAL)).isEqualTo(new TierRules.Choice(3, "outage"));
        assertThat(rules.choose(1, Complexity.LOW, Priority.MEDIUM).rule()).isEqualTo(TierRules.DEFAULT_RULE);
        assertThat(rules.choose(2, Complexity.LOW, Priority.CRITICAL).rule()).isEqualTo(TierRules.DEFAULT_RULE);
    }

    @Test
    void noMatchGivesTheDefaultTier() {
        assertThat(rules.choose(4, Complexity.LOW, Priority.PLANNING)).isEqualTo(new TierRules.Choice(1, "default"));
    }

    @Test
    void aRuleWithoutConditionsMatchesEverything() {
        TierRule always = TierRule.named("everything").thenTier(2);

        assertThat(always.matches(4, Complexity.LOW, Priority.PLANNING)).isTrue();
    }

    @Test
    void theStandardRulesSendMediumComplexityToTierTwo() {
        assertThat(TierRules.standard().choose(3, Complexity.MEDIUM, Priority.MEDIUM).tier()).isEqualTo(2);
        assertThat(TierRules.standard().choose(3, Complexity.HIGH, Priority.LOW).tier()).isEqualTo(3);
        assertThat(TierRules.standard().choose(4, Complexity.LOW, Priority.LOW).tier()).isEqualTo(1);
    }

    @Test
    void aRuleOutsideTheTiersOrSeveritiesIsRefused() {
        assertThatThrownBy(() -> TierRule.named("x").thenTier(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TierRule.named("x").severityAtMost(5).thenTier(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TierRules.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
