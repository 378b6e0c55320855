// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.util.Objects;

/**
 * One rule of the vendor's triage: when every condition it names holds, the ticket goes to
 * {@link #tier()}. A condition left out holds for every ticket. Rules are written with
 * {@link #named(String)}:
 *
 * <pre>{@code
 * TierRule.named("engineering").complexityAtLeast(Complexity.HIGH).thenTier(3)
 * TierRule.named("outage").severityAtMost(1).priorityAtLeast(Priority.HIGH).thenTier(3)
 * TierRule.named("specialist").complexityAtLeast(Complexity.MEDIUM).thenTier(2)
 * }</pre>
 *
 * Immutable.
 *
 * @param name              shown in the ticket's history as the reason for its tier; required
 * @param tier              1, 2 or 3
 * @param severityAtMost    holds for severities from 1 (most severe) to this; null for any
 * @param complexityAtLeast holds for this complexity and harder ones; null for any
 * @param priorityAtLeast   holds for this priority and more pressing ones; null for any
 */
public record TierRule(String name, int tier, Integer severityAtMost, Complexity complexityAtLeast,
                       Priority priorityAtLeast) {

    public TierRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tier rule needs a name");
        }
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier rule " + name + ": tier must be 1, 2 or 3, was " + tier);
        }
        if (severityAtMost != null && (severityAtMost < 1 || severityAtMost > 4)) {
            throw new IllegalArgumentException("tier rule " + name + ": severity must be 1 to 4, was "
                    + severityAtMost);
        }
    }

    /** Starts a rule with this name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Whether a ticket with these facts meets every condition of the rule. */
    public boolean matches(int severity, Complexity complexity, Priority priority) {
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(priority, "priority");
        return (severityAtMost == null || severity <= severityAtMost)
                && (complexityAtLeast == null || complexity.compareTo(complexityAtLeast) >= 0)
                // Priorities are declared from the most pressing: "at least" is an ordinal at most.
                && (priorityAtLeast == null || priority.compareTo(priorityAtLeast) <= 0);
    }

    /** Collects a rule's conditions; {@link #thenTier} ends it. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private Integer severityAtMost;
        private Complexity complexityAtLeast;
        private Priority priorityAtLeast;

        private Builder(String name) {
            this.name = name;
        }

        /** Severities 1 to {@code severity}. */
        public Builder severityAtMost(int severity) {
            this.severityAtMost = severity;
            return this;
        }

        /** This complexity or a harder one. */
        public Builder complexityAtLeast(Complexity complexity) {
            this.complexityAtLeast = Objects.requireNonNull(complexity, "complexity");
            return this;
        }

        /** This priority or a more pressing one. */
        public Builder priorityAtLeast(Priority priority) {
            this.priorityAtLeast = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * The rule, sending what it matches to {@code tier}.
         *
         * @throws IllegalArgumentException when the tier is not 1 to 3 or the severity not 1 to 4
         */
        public TierRule thenTier(int tier) {
            return new TierRule(name, tier, severityAtMost, complexityAtLeast, priorityAtLeast);
        }
    }
}
