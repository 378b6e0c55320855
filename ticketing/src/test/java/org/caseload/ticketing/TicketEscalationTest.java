package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.time.Duration;
import java.util.Optional;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.OutboxMessage;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.storage.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketEscalationTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private Ticket submitted;

    @BeforeEach
    void submit() {
        submitted = fixture.submitAsReporter("Saving an enrollment fails with an error");
        fixture.identity.actAs(ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void escalation_marks_the_ticket_escalated_at_a_new_version() {
        Ticket escalated = tickets.escalate(EscalateTicket.of(submitted));

        assertThat(escalated.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(escalated.version()).isEqualTo(submitted.version() + 1);
        assertThat(tickets.get(submitted.id())).isEqualTo(escalated);
    }

    @Test
    void escalation_is_delivered_to_the_vendor_exactly_once() {
        tickets.escalate(EscalateTicket.of(submitted));

        fixture.ticketing.deliverPending();
        assertThat(fixture.ticketing.deliverPending()).isZero();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                    assertThat(escalation.ticketId()).isEqualTo(submitted.id());
                    assertThat(escalation.organizationId()).isEqualTo(ORGANIZATION);
                    assertThat(escalation.kind()).isEqualTo("ISSUE");
                    assertThat(escalation.summary()).isEqualTo("Saving an enrollment fails with an error");
                    assertThat(escalation.screenId()).isEqualTo("client-search");
                    assertThat(escalation.escalatedBy()).isEqualTo(ADMINISTRATOR.displayName());
                    assertThat(escalation.sentAt()).isEqualTo(fixture.clock.instant());
                    assertThat(outboxMessage(escalation.messageId())).get()
                            .satisfies(message -> {
                                assertThat(message.topic()).isEqualTo("support.escalation");
                                assertThat(message.aggregateId()).isEqualTo(submitted.id());
                                assertThat(message.status()).isEqualTo(OutboxMessage.Status.DELIVERED);
                            });
                });
    }

    @Test
    void an_escalation_the_channel_refuses_stays_queued_and_is_retried_later() {
        tickets.escalate(EscalateTicket.of(submitted));
        fixture.channel.refuseNext(1);

        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.accepted()).isEmpty();
        String messageId = fixture.channel.offered().get(0).messageId();
        assertThat(outboxMessage(messageId)).get().extracting(OutboxMessage::status)
                .isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(fixture.ticketing.deliverPending()).as("not due before the backoff ends").isZero();

        fixture.clock.advance(Duration.ofSeconds(1));

        assertThat(fixture.ticketing.deliverPending()).isEqualTo(1);
        assertThat(fixture.channel.accepted()).extracting(SupportMessage::messageId).containsExactly(messageId);
        assertThat(outboxMessage(messageId)).get().extracting(OutboxMessage::status)
                .isEqualTo(OutboxMessage.Status.DELIVERED);
    }

    @Test
    void an_escalated_ticket_cannot_be_escalated_again() {
        Ticket escalated = tickets.escalate(EscalateTicket.of(submitted));

        assertThatThrownBy(() -> tickets.escalate(EscalateTicket.of(escalated)))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.fromState()).isEqualTo("ESCALATED");
                    assertThat(e.toState()).isEqualTo("ESCALATED");
                });
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.accepted()).hasSize(1);
    }

    @Test
    void a_stale_version_changes_nothing_and_sends_nothing() {
        EscalateTicket stale = new EscalateTicket(submitted.id(), submitted.version() + 1);

        assertThatThrownBy(() -> tickets.escalate(stale))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(tickets.get(submitted.id())).isEqualTo(submitted);
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.offered()).isEmpty();
    }

    @Test
    void another_organizations_administrator_cannot_escalate() {
        fixture.identity.actAs(OTHER_ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.escalate(EscalateTicket.of(submitted)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_reporter_cannot_escalate() {
        fixture.identity.actAs(REPORTER);

        assertThatThrownBy(() -> tickets.escalate(EscalateTicket.of(submitted)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Optional<OutboxMessage> outboxMessage(String id) {
        return fixture.storage.inTransaction(session -> session.outbox().findById(id));
    }
}
