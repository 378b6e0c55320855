// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.ticketing.desk.Priority;

/**
 * The service levels of a support desk: its business-hours calendar, one policy per priority, and
 * how far into a target (in percent of it) a clock is near breach.
 *
 * <pre>{@code
 * SlaConfiguration levels = SlaConfiguration.of(calendar, List.of(
 *         new SlaPolicy(Priority.CRITICAL, Duration.ofMinutes(30), Duration.ofHours(4)),
 *         new SlaPolicy(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(8)),
 *         new SlaPolicy(Priority.MEDIUM, Duration.ofHours(4), Duration.ofDays(2)),
 *         new SlaPolicy(Priority.LOW, Duration.ofHours(8), Duration.ofDays(5)),
 *         new SlaPolicy(Priority.PLANNING, Duration.ofDays(2), Duration.ofDays(20))))
 *     .withNearBreachPercent(75);
 * }</pre>
 *
 * @param calendar          the business hours targets are counted in; required
 * @param policies          exactly one policy per {@link Priority}, in any order
 * @param nearBreachPercent how much of a target, in percent, has passed when a clock is near
 *                          breach; 1 to 99
 */
public record SlaConfiguration(BusinessCalendar calendar, List<SlaPolicy> policies, int nearBreachPercent) {

    /** The near-breach point unless configured otherwise: 80 % of the target. */
    public static final int DEFAULT_NEAR_BREACH_PERCENT = 80;

    /**
     * Checks the components and creates the record.
     *
     * @throws ConfigurationException naming what is missing, repeated or out of range
     */
    public SlaConfiguration {
        if (calendar == null) {
            throw new ConfigurationException("SlaConfiguration.calendar must not be null");
        }
        if (policies == null || policies.stream().anyMatch(Objects::isNull)) {
            throw new ConfigurationException("SlaConfiguration.policies must not be null nor hold a null policy");
        }
        Set<Priority> repeated = new TreeSet<>();
        Set<Priority> missing = new TreeSet<>(List.of(Priority.values()));
        for (SlaPolicy policy : policies) {
            if (!missing.remove(policy.priority())) {
                repeated.add(policy.priority());
            }
        }
        if (!repeated.isEmpty() || !missing.isEmpty()) {
            throw new ConfigurationException("SlaConfiguration.policies must hold exactly one policy per priority;"
                    + (missing.isEmpty() ? "" : " missing: " + missing + ";")
                    + (repeated.isEmpty() ? "" : " repeated: " + repeated + ";"));
        }
        if (nearBreachPercent < 1 || nearBreachPercent > 99) {
            throw new ConfigurationException("SlaConfiguration.nearBreachPercent must be between 1 and 99, was "
                    + nearBreachPercent);
        }
        policies = List.copyOf(policies);
    }

    /** A configuration near breach at {@value #DEFAULT_NEAR_BREACH_PERCENT} % of each target. */
    public static SlaConfiguration of(BusinessCalendar calendar, List<SlaPolicy> policies) {
        return new SlaConfiguration(calendar, policies, DEFAULT_NEAR_BREACH_PERCENT);
    }

    /** This configuration near breach at another percentage of each target. */
    public SlaConfiguration withNearBreachPercent(int percent) {
        return new SlaConfiguration(calendar, policies, percent);
    }

    /** The policy of a priority. */
    public SlaPolicy policy(Priority priority) {
        return policies.stream().filter(policy -> policy.priority() == priority).findFirst().orElseThrow();
    }
}
