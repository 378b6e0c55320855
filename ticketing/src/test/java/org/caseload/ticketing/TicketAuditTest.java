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
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketAuditTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyCallAppendsAnAuditEntry() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");
        tickets.get(ticket.id());
        fixture.identity.as(ADMINISTRATOR);
        tickets.queue(TicketQueueQuery.all());
        tickets.escalate(TicketingFixture.escalationOf(ticket));
        fixture.identity.as(SYNC);
        tickets.receive(new SupportMessage.VendorNote("m-1", ORGANIZATION, ticket.id(),
                Instant.parse("2025-03-03T09:00:00Z"), 1, 1, "Tier 1 Agent", "Fixed in the next release."));
        fixture.identity.as(ADMINISTRATOR);
        tickets.notes(ticket.id());

        assertThat(fixture.audit(ORGANIZATION))
                .extracting(AuditEntry::action, AuditEntry::userId, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactlyInAnyOrder(
                        tuple("ticket.submit", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.get", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.queue", ADMINISTRATOR.userId(), null, Outcome.SUCCEEDED),
                        tuple("ticket.escalate", ADMINISTRATOR.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.receive", SYNC.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.notes", ADMINISTRATOR.userId(), ticket.id(), Outcome.SUCCEEDED));
    }

    @Test
    void theEscalationEntryNamesTheTransition() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");
        fixture.identity.as(ADMINISTRATOR);
        tickets.escalate(TicketingFixture.escalationOf(ticket));

        assertThat(fixture.audit(ORGANIZATION))
                .filteredOn(entry -> entry.action().equals("ticket.escalate"))
                .singleElement()
                .extracting(AuditEntry::detail).isEqualTo("from SUBMITTED to ESCALATED, round 1, nothing redacted, no screenshot");
    }

    @Test
    void refusedAndFailedCallsAreAuditedWithoutWhatTheUserWrote() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");
        fixture.identity.as(COLLEAGUE);
        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tickets.get(ticket.id())).isInstanceOf(NotFoundException.class);

        assertThat(fixture.audit(ORGANIZATION))
                .filteredOn(entry -> entry.userId().equals(COLLEAGUE.userId()))
                .extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::detail)
                .containsExactlyInAnyOrder(
                        tuple("ticket.queue", Outcome.DENIED, "ACCESS_DENIED"),
                        tuple("ticket.get", Outcome.FAILED, "NOT_FOUND"));
    }

    @Test
    void theLifecycleCallsAndReadsAreAuditedToo() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");
        tickets.mine(TicketQueueQuery.all());
        tickets.screenshot(ticket.id());
        tickets.history(ticket.id());
        tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Still broken"));
        fixture.identity.as(ADMINISTRATOR);
        Ticket resolved = tickets.resolve(ResolveTicket.of(tickets.startWork(StartWork.of(ticket)), "Fixed"));
        fixture.identity.as(REPORTER);
        tickets.reopen(ReopenTicket.of(resolved));

        assertThat(fixture.audit(ORGANIZATION))
                .extracting(AuditEntry::action, AuditEntry::userId, AuditEntry::recordId, AuditEntry::outcome)
                .containsSubsequence(
                        tuple("ticket.mine", REPORTER.userId(), null, Outcome.SUCCEEDED),
                        tuple("ticket.screenshot", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.history", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.note", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.start", ADMINISTRATOR.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.resolve", ADMINISTRATOR.userId(), ticket.id(), Outcome.SUCCEEDED),
                        tuple("ticket.reopen", REPORTER.userId(), ticket.id(), Outcome.SUCCEEDED));
    }
}
