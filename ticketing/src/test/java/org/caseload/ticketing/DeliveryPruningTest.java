// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.SCHEDULER;
import static org.caseload.ticketing.TicketingFixture.SYNC;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.caseload.core.outbox.PruneResult;
import org.caseload.core.outbox.RetentionPolicy;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pruning: delivered messages and applied vendor-update ids older than the host's retention are
 * deleted, nothing that still waits is, and a vendor update sent again after its id was forgotten
 * is still applied only once.
 */
class DeliveryPruningTest {

    private final TicketingFixture fixture = new TicketingFixture(UnaryOperator.identity(),
            settings -> settings.retention(new RetentionPolicy(Duration.ofDays(1), Duration.ofMinutes(5))));
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRetentionShorterThanTheReplayWindowIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retention keep PT1M is shorter than the replay window PT5M");
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(1), Duration.ZERO))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("replayWindow must be a positive duration, was PT0S");
    }

    @Test
    void oldDeliveredMessagesAndAppliedIdsArePrunedAndAForgottenUpdateSentAgainIsStillAppliedOnce() {
        Ticket ticket = escalatedAndDelivered();
        String escalationId = fixture.channel.accepted().get(0).messageId();
        SupportMessage.VendorNote note = new SupportMessage.VendorNote("m-note-1", ORGANIZATION, ticket.id(),
                Instant.parse("2025-03-03T10:05:00Z"), 1, 1, "Tier 1 Agent", "Fixed in the next release.");
        SupportMessage.VendorNote early = new SupportMessage.VendorNote("m-note-3", ORGANIZATION, ticket.id(),
                Instant.parse("2025-03-03T10:06:00Z"), 1, 3, "Tier 1 Agent", "Waiting for number 2.");
        fixture.identity.as(SYNC);
        tickets.receive(note);
        tickets.receive(early);
        fixture.identity.as(ADMINISTRATOR);
        int notes = tickets.notes(ticket.id()).size();

        fixture.clock.advance(Duration.ofDays(2));
        fixture.identity.as(SCHEDULER);
        PruneResult pruned = fixture.ticketing.prune();

        assertThat(pruned.receivedMessageIds()).isEqualTo(1);
        assertThat(pruned.deliveredMessages()).isGreaterThanOrEqualTo(1);
        assertThat(outbox(escalationId)).as("the delivered escalation").isEmpty();
        assertThat(received("m-note-1")).isEmpty();
        assertThat(received("m-note-3")).as("still waiting for number 2").get()
                .extracting(ReceivedMessageRecord::state).isEqualTo(ReceivedMessageRecord.State.BUFFERED);

        fixture.identity.as(SYNC);
        tickets.receive(note);
        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.notes(ticket.id())).hasSize(notes);
    }

    @Test
    void messagesYoungerThanTheRetentionAreKept() {
        escalatedAndDelivered();
        String escalationId = fixture.channel.accepted().get(0).messageId();

        fixture.clock.advance(Duration.ofHours(23));
        fixture.identity.as(SCHEDULER);

        assertThat(fixture.ticketing.prune()).isEqualTo(new PruneResult(0, 0));
        assertThat(outbox(escalationId)).isPresent();
    }

    @Test
    void pruningTakesTicketMaintain() {
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(fixture.ticketing::prune).isInstanceOf(AccessDeniedException.class);
    }

    private Ticket escalatedAndDelivered() {
        Ticket submitted = fixture.submitAsReporter("The search button does nothing");
        fixture.identity.as(ADMINISTRATOR);
        Ticket escalated = tickets.escalate(TicketingFixture.escalationOf(submitted));
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.accepted()).hasSize(1);
        return escalated;
    }

    private Optional<OutboxMessage> outbox(String id) {
        return fixture.memory.inTransaction(session -> session.outbox().findById(id));
    }

    private Optional<ReceivedMessageRecord> received(String id) {
        return fixture.memory.inTransaction(session -> session.receivedMessages().find(id));
    }
}
