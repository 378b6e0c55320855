// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.OTHER_REPORTER;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SCHEDULER;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.tickets.TicketHistoryRecord.Type;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResolvedTicketClosingTest {

    private TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void ticketsResolvedForSevenDaysAreClosedAndYoungerOnesKept() {
        Ticket old = resolved(REPORTER, ADMINISTRATOR, "Old");
        fixture.clock.advance(Duration.ofDays(1));
        Ticket young = resolved(REPORTER, ADMINISTRATOR, "Young");
        fixture.clock.advance(Duration.ofDays(6));

        assertThat(closeResolved()).isEqualTo(1);

        assertThat(statusOf(old)).isEqualTo(TicketStatus.CLOSED);
        assertThat(statusOf(young)).isEqualTo(TicketStatus.RESOLVED);
        assertThat(closeResolved()).isZero();
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(closeResolved()).isEqualTo(1);
        assertThat(statusOf(young)).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void theTimeIsConfigurable() {
        fixture.close();
        fixture = new TicketingFixture(UnaryOperator.identity(),
                settings -> settings.closeResolvedAfter(Duration.ofHours(2)));
        Ticket ticket = resolved(REPORTER, ADMINISTRATOR, "Broken");
        fixture.clock.advance(Duration.ofMinutes(119));
        assertThat(closeResolved()).isZero();

        fixture.clock.advance(Duration.ofMinutes(1));

        assertThat(closeResolved()).isEqualTo(1);
        assertThat(statusOf(ticket)).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void everyOrganizationsTicketsAreClosed() {
        Ticket ours = resolved(REPORTER, ADMINISTRATOR, "Ours");
        Ticket theirs = resolved(OTHER_REPORTER, OTHER_ADMINISTRATOR, "Theirs");
        fixture.clock.advance(Duration.ofDays(7));

        assertThat(closeResolved()).isEqualTo(2);

        assertThat(statusOf(ours)).isEqualTo(TicketStatus.CLOSED);
        fixture.identity.as(OTHER_ADMINISTRATOR);
        assertThat(fixture.tickets.get(theirs.id()).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void theResolutionClockRestartsWhenATicketIsReopened() {
        Ticket ticket = resolved(REPORTER, ADMINISTRATOR, "Broken");
        fixture.clock.advance(Duration.ofDays(5));
        fixture.identity.as(REPORTER);
        Ticket reopened = fixture.tickets.reopen(ReopenTicket.of(fixture.tickets.get(ticket.id())));
        fixture.identity.as(ADMINISTRATOR);
        fixture.tickets.resolve(ResolveTicket.of(reopened, "Fixed again"));
        fixture.clock.advance(Duration.ofDays(5));

        assertThat(closeResolved()).isZero();
        assertThat(statusOf(ticket)).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void aClosingIsRecordedAuditedAndToldToTheReporter() {
        Ticket ticket = resolved(REPORTER, ADMINISTRATOR, "Broken");
        fixture.ticketing.deliverPending();
        int before = fixture.notifier.delivered().size();
        fixture.clock.advance(Duration.ofDays(7));

        closeResolved();
        fixture.ticketing.deliverPending();

        fixture.identity.as(ADMINISTRATOR);
        assertThat(fixture.tickets.history(ticket.id())).last()
                .extracting(TicketEvent::type, TicketEvent::actorUserId, TicketEvent::fromStatus, TicketEvent::toStatus)
                .containsExactly(Type.STATUS_CHANGED, SCHEDULER.userId(), TicketStatus.RESOLVED, TicketStatus.CLOSED);
        assertThat(fixture.audit(SCHEDULER.organizationId()))
                .extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple("ticket.autoClose", ticket.id(), Outcome.SUCCEEDED, "from RESOLVED to CLOSED"),
                        tuple("ticket.autoClose", null, Outcome.SUCCEEDED, "no ticket due"));
        assertThat(fixture.notifier.delivered().subList(before, fixture.notifier.delivered().size()))
                .extracting(Notification::recipient, Notification::subject)
                .containsExactly(tuple(new Recipient.User(REPORTER.userId()),
                        "Ticket " + ticket.id() + " is now CLOSED"));
    }

    @Test
    void onlyTheMaintenancePermissionMayCloseResolvedTickets() {
        Ticket ticket = resolved(REPORTER, ADMINISTRATOR, "Broken");
        fixture.clock.advance(Duration.ofDays(7));
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> fixture.ticketing.closeResolved()).isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(ticket)).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void aTicketSomeoneElseChangesFirstIsLookedAtAgainAndTheRunGoesOn() {
        fixture.close();
        InterferingStorage[] interfering = new InterferingStorage[1];
        fixture = new TicketingFixture(storage -> interfering[0] = new InterferingStorage(storage),
                UnaryOperator.identity());
        Ticket first = resolved(REPORTER, ADMINISTRATOR, "First");
        Ticket second = resolved(REPORTER, ADMINISTRATOR, "Second");
        fixture.clock.advance(Duration.ofDays(7));
        interfering[0].changeNextDueTicket();

        assertThat(closeResolved()).isEqualTo(2);

        assertThat(statusOf(first)).isEqualTo(TicketStatus.CLOSED);
        assertThat(statusOf(second)).isEqualTo(TicketStatus.CLOSED);
        assertThat(fixture.audit(SCHEDULER.organizationId())).extracting(AuditEntry::outcome, AuditEntry::detail)
                .startsWith(tuple(Outcome.FAILED, "CONCURRENT_MODIFICATION"));
    }

    private Ticket resolved(Principal reporter, Principal administrator, String description) {
        fixture.identity.as(reporter);
        Ticket ticket = fixture.tickets.submit(issue(description));
        fixture.identity.as(administrator);
        return fixture.tickets.resolve(ResolveTicket.of(ticket, "Fixed"));
    }

    private int closeResolved() {
        fixture.identity.as(SCHEDULER);
        return fixture.ticketing.closeResolved();
    }

    private TicketStatus statusOf(Ticket ticket) {
        fixture.identity.as(ticket.organizationId().equals(ORGANIZATION) ? ADMINISTRATOR : OTHER_ADMINISTRATOR);
        return fixture.tickets.get(ticket.id()).status();
    }
}
