// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.spi.storage.tickets.TicketStatus.SUBMITTED;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status against every move: the lifecycle allows exactly the moves docs/ticketing.md draws. */
class TicketLifecycleTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketWorkflow workflow = new TicketWorkflow(fixture);

    @AfterEach
    void close() {
        fixture.close();
    }

    static Stream<Arguments> everyStatusAndTarget() {
        return Arrays.stream(TicketStatus.values())
                .flatMap(from -> Arrays.stream(TicketStatus.values())
                        .filter(target -> target != SUBMITTED)
                        .map(target -> Arguments.of(from, target)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("everyStatusAndTarget")
    void aMoveIsAllowedExactlyWhenTheLifecycleDrawsIt(TicketStatus from, TicketStatus target) {
        Ticket ticket = workflow.ticketIn(from);
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.identity.as(ADMINISTRATOR);

        if (DocumentedLifecycle.allows(from, target)) {
            Ticket moved = workflow.move(ticket, target);
            assertThat(moved.status()).isEqualTo(target);
            assertThat(moved.version()).isEqualTo(ticket.version() + 1);
            assertThat(moved.statusChangedAt()).isEqualTo(fixture.clock.instant());
            assertThat(fixture.tickets.get(ticket.id())).isEqualTo(moved);
        } else {
            assertThatThrownBy(() -> workflow.move(ticket, target))
                    .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                        assertThat(e.fromState()).isEqualTo(from.name());
                        assertThat(e.toState()).isEqualTo(target.name());
                    })
                    .hasMessage("ticket " + ticket.id() + " cannot go from " + from + " to " + target);
            assertThat(fixture.tickets.get(ticket.id())).isEqualTo(ticket);
        }
    }
}
