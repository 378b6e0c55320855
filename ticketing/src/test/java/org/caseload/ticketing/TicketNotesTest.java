// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.time.Duration;
import java.util.List;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketNotesTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private final TicketWorkflow workflow = new TicketWorkflow(fixture);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAdministratorAddsPublicAndInternalNotesAndTheReporterSeesOnlyThePublicOnes() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);
        fixture.clock.advance(Duration.ofMinutes(2));

        TicketNote answer = tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Which browser do you use?"));
        TicketNote finding = tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Looks like the cache bug."));

        assertThat(answer).isEqualTo(new TicketNote(answer.id(), ADMINISTRATOR.displayName(), Visibility.PUBLIC,
                Origin.LOCAL, "Which browser do you use?", fixture.clock.instant()));
        assertThat(tickets.notes(ticket.id())).containsExactly(answer, finding);
        fixture.identity.as(REPORTER);
        assertThat(tickets.notes(ticket.id())).containsExactly(answer);
    }

    @Test
    void aNoteDoesNotChangeTheTicketOrItsVersion() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);

        tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Looking"));

        assertThat(tickets.get(ticket.id())).isEqualTo(ticket);
    }

    @Test
    void theReporterAddsPublicNotesButNoInternalOnes() {
        Ticket ticket = fixture.submitAsReporter("Broken");

        TicketNote more = tickets.addNote(AddTicketNote.publicNote(ticket.id(), "It happens on Firefox only."));

        assertThat(more.authorName()).isEqualTo(REPORTER.displayName());
        assertThatThrownBy(() -> tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Secret")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("user " + REPORTER.userId() + " may not add internal notes to ticket " + ticket.id());
        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.notes(ticket.id())).containsExactly(more);
    }

    @Test
    void theReportersAnswerPutsATicketWaitingOnThemBackInProgress() {
        Ticket waiting = workflow.ticketIn(TicketStatus.WAITING_ON_CUSTOMER);

        tickets.addNote(AddTicketNote.publicNote(waiting.id(), "Firefox 128."));

        Ticket resumed = tickets.get(waiting.id());
        assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(resumed.version()).isEqualTo(waiting.version() + 1);
    }

    @Test
    void anAdministratorsNoteLeavesAWaitingTicketWaiting() {
        Ticket waiting = workflow.ticketIn(TicketStatus.WAITING_ON_CUSTOMER);
        fixture.identity.as(ADMINISTRATOR);

        tickets.addNote(AddTicketNote.publicNote(waiting.id(), "Any news?"));

        assertThat(tickets.get(waiting.id())).isEqualTo(waiting);
    }

    @Test
    void notesMayBeAddedInEveryStatus() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = workflow.ticketIn(status);
            fixture.identity.as(ADMINISTRATOR);
            tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Seen in " + status));
            assertThat(tickets.notes(ticket.id())).as(status.name()).hasSize(1);
        }
    }

    @Test
    void outsidersCannotAddNotesOrTellTheTicketExists() {
        Ticket ticket = fixture.submitAsReporter("Broken");

        for (Principal outsider : List.of(COLLEAGUE, OTHER_ADMINISTRATOR)) {
            fixture.identity.as(outsider);
            assertThatThrownBy(() -> tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Me too")))
                    .isInstanceOf(NotFoundException.class);
        }
        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.notes(ticket.id())).isEmpty();
    }

    @Test
    void aNoteNeedsAVisibilityAndATextOfLimitedLength() {
        Ticket ticket = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.addNote(new AddTicketNote(ticket.id(), null,
                "x".repeat(AddTicketNote.TEXT_MAX_LENGTH + 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("text", "visibility"));
    }
}
