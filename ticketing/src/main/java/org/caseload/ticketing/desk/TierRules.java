// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.util.List;
import java.util.Objects;

/**
 * The vendor's triage: an ordered list of {@link TierRule}s, the first that matches choosing the
 * tier, and a default tier for a ticket no rule matches. Immutable.
 *
 * @param rules       in the order they are tried
 * @param defaultTier 1, 2 or 3
 */
public record TierRules(List<TierRule> rules, int defaultTier) {

    /** The name the history shows when no rule matched. */
    public static final String DEFAULT_RULE = "default";

    public TierRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (defaultTier < 1 || defaultTier > 3) {
            throw new IllegalArgumentException("the default tier must be 1, 2 or 3, was " + defaultTier);
        }
    }

    /** These rules, in this order, and the default tier. */
    public static TierRules of(int defaultTier, TierRule... rules) {
        return new TierRules(List.of(rules), defaultTier);
    }

    /**
     * The rules a desk uses unless it is given others: engineering work (high complexity) to tier 3;
     * work for a specialist (medium complexity), severity 1 or 2, or priority high or critical to
     * tier 2; everything else to tier 1.
     */
    public static TierRules standard() {
        return of(1,
                TierRule.named("needs engineering").complexityAtLeast(Complexity.HIGH).thenTier(3),
                TierRule.named("needs a specialist").complexityAtLeast(Complexity.MEDIUM).thenTier(2),
                TierRule.named("severe").severityAtMost(2).thenTier(2),
                TierRule.named("pressing").priorityAtLeast(Priority.HIGH).thenTier(2));
    }

    /** The tier for these facts, and the name of the rule that chose it ({@link #DEFAULT_RULE} for none). */
    public Choice choose(int severity, Complexity complexity, Priority priority) {
        return rules.stream()
                .filter(rule -> rule.matches(severity, complexity, priority))
                .findFirst()
                .map(rule -> new Choice(rule.tier(), rule.name()))
                .orElse(new Choice(defaultTier, DEFAULT_RULE));
    }

    /**
     * A tier and why.
     *
     * @param tier 1, 2 or 3
     * @param rule the name of the rule that chose it
     */
    public record Choice(int tier, String rule) {
    }
}
