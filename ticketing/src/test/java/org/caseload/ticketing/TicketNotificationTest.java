// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SYNC;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketNotificationTest {

    private static final String DESCRIPTION = "Maria Garcia's intake form does not save";

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private final TicketWorkflow workflow = new TicketWorkflow(fixture);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theOrganizationsAdministratorsHearOfANewTicket() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);

        assertThat(fixture.ticketing.deliverPending()).isEqualTo(1);

        assertThat(fixture.notifier.delivered()).singleElement().satisfies(notification -> {
            assertThat(notification.recipient())
                    .isEqualTo(new Recipient.PermissionHolders(ORGANIZATION, "ticket.administer"));
            assertThat(notification.subject()).isEqualTo("New ticket " + ticket.id());
            assertThat(notification.body()).isEqualTo("A new issue ticket was submitted from screen client-search.");
            assertThat(notification.link()).isEqualTo("ticket:" + ticket.id());
        });
    }

    @Test
    void theReporterHearsOfEveryStatusChangeMadeBySomeoneElse() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);
        fixture.ticketing.deliverPending();
        fixture.identity.as(ADMINISTRATOR);
        Ticket resolved = tickets.resolve(ResolveTicket.of(tickets.startWork(StartWork.of(ticket)), "Fixed"));
        fixture.identity.as(REPORTER);
        tickets.reopen(ReopenTicket.of(resolved));

        fixture.ticketing.deliverPending();

        assertThat(deliveredAfter(1))
                .extracting(Notification::recipient, Notification::subject, Notification::body)
                .containsExactly(
                        tuple(new Recipient.User(REPORTER.userId()), "Ticket " + ticket.id() + " is now IN_PROGRESS",
                                "Your ticket " + ticket.id() + " moved from SUBMITTED to IN_PROGRESS."),
                        tuple(new Recipient.User(REPORTER.userId()), "Ticket " + ticket.id() + " is now RESOLVED",
                                "Your ticket " + ticket.id() + " moved from IN_PROGRESS to RESOLVED."));
    }

    @Test
    void theReporterHearsOfPublicNotesByOthersOnly() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);
        fixture.ticketing.deliverPending();
        tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Also on Firefox"));
        fixture.identity.as(ADMINISTRATOR);
        tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Cache bug"));
        tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Which form version?"));

        fixture.ticketing.deliverPending();

        assertThat(deliveredAfter(1))
                .extracting(Notification::recipient, Notification::subject)
                .containsExactly(tuple(new Recipient.User(REPORTER.userId()), "New note on ticket " + ticket.id()));
    }

    @Test
    void theReporterHearsOfTheVendorsNotes() {
        Ticket escalated = workflow.ticketIn(TicketStatus.ESCALATED);
        fixture.ticketing.deliverPending();
        int before = fixture.notifier.delivered().size();
        fixture.identity.as(SYNC);

        tickets.receive(new SupportMessage.VendorNote("m-1", ORGANIZATION, escalated.id(), Instant.EPOCH, 1, 1, "Tier 1",
                "Fixed in 4.2.2"));
        fixture.ticketing.deliverPending();

        assertThat(deliveredAfter(before)).extracting(Notification::subject)
                .containsExactly("New note on ticket " + escalated.id());
    }

    @Test
    void noNotificationCarriesWhatAnyoneWrote() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);
        fixture.identity.as(ADMINISTRATOR);
        tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Is Maria Garcia born 1980-03-04?"));
        tickets.resolve(ResolveTicket.of(ticket, "Maria Garcia's record is fixed"));

        fixture.ticketing.deliverPending();

        assertThat(fixture.notifier.delivered()).hasSize(3).allSatisfy(notification -> {
            assertThat(notification.subject()).doesNotContain("Maria").doesNotContain("Garcia");
            assertThat(notification.body()).doesNotContain("Maria").doesNotContain("Garcia").doesNotContain("1980");
        });
    }

    @Test
    void aFailingNotifierLosesNothingAndTheRetryCarriesTheSameId() {
        fixture.submitAsReporter(DESCRIPTION);
        fixture.notifier.failNext(1);

        assertThat(fixture.ticketing.deliverPending()).isZero();
        assertThat(fixture.ticketing.deliverPending()).as("not due before the backoff ends").isZero();
        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(fixture.ticketing.deliverPending()).isEqualTo(1);

        List<Notification> offered = fixture.notifier.offered();
        assertThat(offered).hasSize(2);
        assertThat(offered.get(1)).isEqualTo(offered.get(0));
        assertThat(fixture.notifier.delivered()).containsExactly(offered.get(0));
        assertThat(fixture.ticketing.deliverPending()).isZero();
    }

    @Test
    void aFailingNotifierNeverHoldsUpAnEscalation() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);
        fixture.identity.as(ADMINISTRATOR);
        tickets.escalate(TicketingFixture.escalationOf(ticket));
        fixture.notifier.failNext(100);

        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement().extracting(SupportMessage::ticketId)
                .isEqualTo(ticket.id());
        assertThat(fixture.notifier.delivered()).isEmpty();
    }

    @Test
    void aChangeThatFailsQueuesNoNotification() {
        Ticket ticket = fixture.submitAsReporter(DESCRIPTION);
        fixture.ticketing.deliverPending();
        fixture.identity.as(ADMINISTRATOR);
        Ticket started = tickets.startWork(StartWork.of(ticket));
        fixture.ticketing.deliverPending();

        assertThatThrownBy(() -> tickets.resolve(ResolveTicket.of(ticket, "Stale")))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(fixture.ticketing.deliverPending()).isZero();
        assertThat(tickets.get(ticket.id())).isEqualTo(started);
    }

    /** What the notifier took after its first {@code count} notifications. */
    private List<Notification> deliveredAfter(int count) {
        List<Notification> delivered = fixture.notifier.delivered();
        return delivered.subList(count, delivered.size());
    }
}
