// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.ticketing.desk.Priority;
import org.junit.jupiter.api.Test;

class SlaConfigurationTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays(ZoneId.of("Europe/Paris"),
            LocalTime.of(8, 30), LocalTime.of(18, 0));

    @Test
    void aConfigurationHasOnePolicyPerPriorityAndNearBreachAtEightyPercentByDefault() {
        SlaConfiguration configuration = SlaConfiguration.of(CALENDAR, everyPriority());

        assertThat(configuration.nearBreachPercent()).isEqualTo(80);
        assertThat(configuration.withNearBreachPercent(50).nearBreachPercent()).isEqualTo(50);
        assertThat(configuration.policy(Priority.LOW))
                .isEqualTo(new SlaPolicy(Priority.LOW, Duration.ofHours(4), Duration.ofHours(40)));
    }

    @Test
    void aMissingOrRepeatedPriorityIsRefusedNamingIt() {
        List<SlaPolicy> policies = new ArrayList<>(everyPriority());
        policies.remove(4);
        policies.add(new SlaPolicy(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(2)));

        assertThatThrownBy(() -> SlaConfiguration.of(CALENDAR, policies))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SlaConfiguration.policies must hold exactly one policy per priority;"
                        + " missing: [PLANNING]; repeated: [HIGH];");
    }

    @Test
    void theNearBreachPercentageIsBetweenOneAndNinetyNine() {
        SlaConfiguration configuration = SlaConfiguration.of(CALENDAR, everyPriority());

        assertThat(configuration.withNearBreachPercent(1).nearBreachPercent()).isEqualTo(1);
        assertThat(configuration.withNearBreachPercent(99).nearBreachPercent()).isEqualTo(99);
        for (int percent : new int[] {0, 100, -5}) {
            assertThatThrownBy(() -> configuration.withNearBreachPercent(percent))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("SlaConfiguration.nearBreachPercent must be between 1 and 99, was " + percent);
        }
    }

    @Test
    void aPolicyNeedsTargetsOfAtLeastAMinuteAndAResolutionNoShorterThanTheFirstResponse() {
        assertThatThrownBy(() -> new SlaPolicy(Priority.HIGH, Duration.ofSeconds(59), Duration.ofHours(1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SlaPolicy of HIGH: firstResponse must be at least one minute of business time, was PT59S");
        assertThatThrownBy(() -> new SlaPolicy(Priority.HIGH, Duration.ofHours(1), null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("resolution");
        assertThatThrownBy(() -> new SlaPolicy(Priority.HIGH, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SlaPolicy of HIGH: resolution (PT1H) must not be shorter than firstResponse (PT2H)");
        assertThatThrownBy(() -> new SlaPolicy(null, Duration.ofHours(1), Duration.ofHours(1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("priority");
        assertThat(new SlaPolicy(Priority.HIGH, Duration.ofMinutes(1), Duration.ofMinutes(1)).resolution())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aConfigurationNeedsACalendarAndPolicies() {
        assertThatThrownBy(() -> SlaConfiguration.of(null, everyPriority()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("calendar");
        assertThatThrownBy(() -> SlaConfiguration.of(CALENDAR, null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("policies");
    }

    private static List<SlaPolicy> everyPriority() {
        return List.of(
                new SlaPolicy(Priority.CRITICAL, Duration.ofMinutes(15), Duration.ofHours(4)),
                new SlaPolicy(Priority.HIGH, Duration.ofMinutes(30), Duration.ofHours(8)),
                new SlaPolicy(Priority.MEDIUM, Duration.ofHours(2), Duration.ofHours(16)),
                new SlaPolicy(Priority.LOW, Duration.ofHours(4), Duration.ofHours(40)),
                new SlaPolicy(Priority.PLANNING, Duration.ofHours(8), Duration.ofHours(80)));
    }
}
