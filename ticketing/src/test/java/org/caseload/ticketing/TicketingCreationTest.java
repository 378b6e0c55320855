// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.caseload.spi.error.ConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketingCreationTest {

    private final TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_runtime_is_required() {
        assertThatThrownBy(() -> Ticketing.create(null, fixture.channel))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("caseload");
    }

    @Test
    void a_support_channel_is_required() {
        assertThatThrownBy(() -> Ticketing.create(fixture.caseload, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("channel");
    }

    @Test
    void the_builder_needs_a_runtime_and_a_channel_too() {
        assertThatThrownBy(() -> Ticketing.builder(null, fixture.channel))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("caseload must not be null");
        assertThatThrownBy(() -> Ticketing.builder(fixture.caseload, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("channel must not be null");
    }

    @Test
    void the_screenshot_limit_is_between_one_byte_and_the_largest_array() {
        Ticketing.Builder builder = Ticketing.builder(fixture.caseload, fixture.channel);

        assertThatThrownBy(() -> builder.screenshotLimit(0))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("screenshotLimit must be between 1 and 2147483639 bytes, was 0");
        assertThatThrownBy(() -> builder.screenshotLimit(Ticketing.MAX_SCREENSHOT_LIMIT_BYTES + 1))
                .isInstanceOf(ConfigurationException.class);
        assertThat(builder.screenshotLimit(1).screenshotLimit(Ticketing.MAX_SCREENSHOT_LIMIT_BYTES).build())
                .isNotNull();
    }

    @Test
    void resolved_tickets_close_after_a_positive_time() {
        Ticketing.Builder builder = Ticketing.builder(fixture.caseload, fixture.channel);

        for (Duration wrong : new Duration[] {null, Duration.ZERO, Duration.ofDays(-1)}) {
            assertThatThrownBy(() -> builder.closeResolvedAfter(wrong))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("closeResolvedAfter must be a positive duration, was " + wrong);
        }
    }
}
