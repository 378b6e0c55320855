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
    void aRuntimeIsRequired() {
        assertThatThrownBy(() -> Ticketing.create(null, fixture.channel))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("caseload");
    }

    @Test
    void aSupportChannelIsRequired() {
        assertThatThrownBy(() -> Ticketing.create(fixture.caseload, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("channel");
    }

    @Test
    void theBuilderNeedsARuntimeAndAChannelToo() {
        assertThatThrownBy(() -> Ticketing.builder(null, fixture.channel))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("caseload must not be null");
        assertThatThrownBy(() -> Ticketing.builder(fixture.caseload, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("channel must not be null");
    }

    @Test
    void theScreenshotLimitIsBetweenOneByteAndTheLargestArray() {
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
    void resolvedTicketsCloseAfterAPositiveTime() {
        Ticketing.Builder builder = Ticketing.builder(fixture.caseload, fixture.channel);

        for (Duration wrong : new Duration[] {null, Duration.ZERO, Duration.ofDays(-1)}) {
            assertThatThrownBy(() -> builder.closeResolvedAfter(wrong))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("closeResolvedAfter must be a positive duration, was " + wrong);
        }
    }
}
