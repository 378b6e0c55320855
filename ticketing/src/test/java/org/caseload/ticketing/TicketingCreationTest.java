package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
