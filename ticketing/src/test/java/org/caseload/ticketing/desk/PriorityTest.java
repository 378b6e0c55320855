// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PriorityTest {

    @ParameterizedTest(name = "impact {0} and urgency {1} give {2}")
    @CsvSource({
        "HIGH, HIGH, CRITICAL", "HIGH, MEDIUM, HIGH", "HIGH, LOW, MEDIUM",
        "MEDIUM, HIGH, HIGH", "MEDIUM, MEDIUM, MEDIUM", "MEDIUM, LOW, LOW",
        "LOW, HIGH, MEDIUM", "LOW, MEDIUM, LOW", "LOW, LOW, PLANNING"})
    void everyCellOfTheItilMatrix(Impact impact, Urgency urgency, Priority expected) {
        assertThat(Priority.of(impact, urgency)).isEqualTo(expected);
    }

    @Test
    void bothAxesAreRequired() {
        assertThatThrownBy(() -> Priority.of(null, Urgency.LOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Priority.of(Impact.LOW, null)).isInstanceOf(NullPointerException.class);
    }
}
