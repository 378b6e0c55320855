// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_SYNC;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SYNC;

import java.time.Instant;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VendorNoteTest {

    private static final Instant SENT_AT = Instant.parse("2025-03-03T09:59:00Z");

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private Ticket ticket;

    @BeforeEach
    void submitAndEscalate() {
        Ticket submitted = fixture.submitAsReporter("Reports time out");
        fixture.identity.as(ADMINISTRATOR);
        ticket = tickets.escalate(TicketingFixture.escalationOf(submitted));
        fixture.identity.as(SYNC);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theAdministratorSeesAVendorNote() {
        tickets.receive(vendorNote("m-1", ORGANIZATION, ticket.id()));

        fixture.identity.as(ADMINISTRATOR);

        assertThat(tickets.notes(ticket.id())).singleElement().satisfies(note -> {
            assertThat(note.id()).isEqualTo("m-1");
            assertThat(note.authorName()).isEqualTo("Tier 1 Agent");
            assertThat(note.origin()).isEqualTo(Origin.VENDOR);
            assertThat(note.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(note.text()).isEqualTo("We are looking into it.");
            assertThat(note.createdAt()).isEqualTo(fixture.clock.instant());
        });
    }

    @Test
    void theSameMessageTwiceAddsOneNote() {
        tickets.receive(vendorNote("m-1", ORGANIZATION, ticket.id()));
        tickets.receive(vendorNote("m-1", ORGANIZATION, ticket.id()));

        fixture.identity.as(ADMINISTRATOR);

        assertThat(tickets.notes(ticket.id())).extracting(TicketNote::id).containsExactly("m-1");
    }

    @Test
    void theReporterSeesPublicNotesOnlyAndAColleagueSeesNone() {
        tickets.receive(vendorNote("m-1", ORGANIZATION, ticket.id()));
        fixture.storage.inTransaction(session -> {
            session.tickets().addNote(new TicketNoteRecord("n-internal", ticket.id(), "Ada Administrator",
                    Visibility.INTERNAL, Origin.LOCAL, "Checked the server logs", fixture.clock.instant()));
            return null;
        });

        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.notes(ticket.id())).extracting(TicketNote::id).containsExactly("m-1", "n-internal");
        fixture.identity.as(REPORTER);
        assertThat(tickets.notes(ticket.id())).extracting(TicketNote::id).containsExactly("m-1");
        fixture.identity.as(COLLEAGUE);
        assertThatThrownBy(() -> tickets.notes(ticket.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMessageForAnotherOrganizationFindsNoTicket() {
        assertThatThrownBy(() -> tickets.receive(vendorNote("m-1", OTHER_ORGANIZATION, ticket.id())))
                .isInstanceOf(NotFoundException.class);

        fixture.identity.as(OTHER_SYNC);
        assertThatThrownBy(() -> tickets.receive(vendorNote("m-2", ORGANIZATION, ticket.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.receive(vendorNote("m-3", OTHER_ORGANIZATION, ticket.id())))
                .isInstanceOf(NotFoundException.class);

        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.notes(ticket.id())).isEmpty();
    }

    @Test
    void anEscalationIsNeverReceived() {
        SupportMessage escalation = new SupportMessage.Escalation("m-1", ORGANIZATION, ticket.id(), SENT_AT, 1,
                "ISSUE", "Reports time out", "reports", "4.2.1", "Ada Administrator", null);

        assertThatThrownBy(() -> tickets.receive(escalation)).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheSupportIntegrationMayDeliverMessages() {
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.receive(vendorNote("m-1", ORGANIZATION, ticket.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SupportMessage.VendorNote vendorNote(String messageId, String organizationId, String ticketId) {
        return new SupportMessage.VendorNote(messageId, organizationId, ticketId, SENT_AT, 1, 1, "Tier 1 Agent",
                "We are looking into it.");
    }
}
