// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SYNC;

import java.time.Instant;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.tickets.TicketHistoryRecord.Type;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketHistoryTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyTransitionAssignmentAndNoteIsRecordedInOrderWithItsActor() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);
        ticket = tickets.startWork(StartWork.of(tickets.assign(AssignTicket.of(ticket, ADMINISTRATOR.userId()))));
        TicketNote question = tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Which browser?"));
        TicketNote finding = tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Cache bug"));
        Ticket waiting = tickets.waitForCustomer(WaitForCustomer.of(ticket));
        ticket = tickets.escalate(TicketingFixture.escalationOf(tickets.startWork(StartWork.of(waiting))));
        fixture.identity.as(SYNC);
        tickets.receive(new SupportMessage.VendorNote("m-1", ORGANIZATION, ticket.id(), Instant.EPOCH, 1, 1, "Tier 1",
                "Fixed in 4.2.2"));
        fixture.identity.as(ADMINISTRATOR);
        tickets.resolve(ResolveTicket.of(tickets.get(ticket.id()), "Upgrade to 4.2.2"));

        assertThat(tickets.history(ticket.id()))
                .extracting(TicketEvent::type, TicketEvent::actorUserId, TicketEvent::fromStatus, TicketEvent::toStatus,
                        TicketEvent::assigneeUserId, TicketEvent::noteId, TicketEvent::noteVisibility)
                .containsExactly(
                        tuple(Type.SUBMITTED, REPORTER.userId(), null, TicketStatus.SUBMITTED, null, null, null),
                        tuple(Type.ASSIGNED, ADMINISTRATOR.userId(), null, null, ADMINISTRATOR.userId(), null, null),
                        tuple(Type.STATUS_CHANGED, ADMINISTRATOR.userId(), TicketStatus.SUBMITTED,
                                TicketStatus.IN_PROGRESS, null, null, null),
                        tuple(Type.NOTE_ADDED, ADMINISTRATOR.userId(), null, null, null, question.id(),
                                Visibility.PUBLIC),
                        tuple(Type.NOTE_ADDED, ADMINISTRATOR.userId(), null, null, null, finding.id(),
                                Visibility.INTERNAL),
                        tuple(Type.STATUS_CHANGED, ADMINISTRATOR.userId(), TicketStatus.IN_PROGRESS,
                                TicketStatus.WAITING_ON_CUSTOMER, null, null, null),
                        tuple(Type.STATUS_CHANGED, ADMINISTRATOR.userId(), TicketStatus.WAITING_ON_CUSTOMER,
                                TicketStatus.IN_PROGRESS, null, null, null),
                        tuple(Type.STATUS_CHANGED, ADMINISTRATOR.userId(), TicketStatus.IN_PROGRESS,
                                TicketStatus.ESCALATED, null, null, null),
                        tuple(Type.NOTE_ADDED, SYNC.userId(), null, null, null, "m-1", Visibility.PUBLIC),
                        tuple(Type.STATUS_CHANGED, ADMINISTRATOR.userId(), TicketStatus.ESCALATED,
                                TicketStatus.RESOLVED, null, null, null));
        assertThat(tickets.history(ticket.id())).first().satisfies(submitted -> {
            assertThat(submitted.actorName()).isEqualTo(REPORTER.displayName());
            assertThat(submitted.occurredAt()).isEqualTo(fixture.clock.instant());
        });
    }

    @Test
    void theReporterSeesTheHistoryWithoutTheInternalNotes() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);
        tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Cache bug"));
        tickets.resolve(ResolveTicket.of(ticket, "Fixed"));

        fixture.identity.as(REPORTER);

        assertThat(tickets.history(ticket.id())).extracting(TicketEvent::type)
                .containsExactly(Type.SUBMITTED, Type.STATUS_CHANGED);
        fixture.identity.as(COLLEAGUE);
        assertThatThrownBy(() -> tickets.history(ticket.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedChangeLeavesNoHistory() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.close(CloseTicket.of(ticket))).isInstanceOf(InvalidTransitionException.class);

        assertThat(tickets.history(ticket.id())).hasSize(1);
    }
}
