// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SECOND_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.SYNC;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.time.Duration;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's queue and the reporter's own list. Three tickets, an hour apart: an old
 * question assigned to the administrator and in progress, a suggestion assigned to a second
 * administrator, and a new unassigned issue from a colleague.
 */
class TicketQueueTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private Ticket oldQuestion;
    private Ticket suggestion;
    private Ticket newIssue;

    @BeforeEach
    void submitThreeTickets() {
        oldQuestion = submit(REPORTER, TicketKind.QUESTION, "How do I merge two clients?");
        fixture.clock.advance(Duration.ofHours(1));
        suggestion = submit(REPORTER, TicketKind.SUGGESTION, "Show the date of birth in search results");
        fixture.clock.advance(Duration.ofHours(1));
        newIssue = submit(COLLEAGUE, TicketKind.ISSUE, "The Save button does nothing");
        fixture.clock.advance(Duration.ofMinutes(5));
        fixture.identity.as(ADMINISTRATOR);
        Ticket assigned = tickets.assign(AssignTicket.of(oldQuestion, ADMINISTRATOR.userId()));
        oldQuestion = tickets.startWork(StartWork.of(assigned));
        suggestion = tickets.assign(AssignTicket.of(suggestion, SECOND_ADMINISTRATOR.userId()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theQueueSelectsByStatus() {
        assertThat(tickets.queue(TicketQueueQuery.all().inStatus(TicketStatus.SUBMITTED)))
                .containsExactly(newIssue, suggestion);
        assertThat(tickets.queue(TicketQueueQuery.all().inStatus(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED)))
                .containsExactly(oldQuestion);
    }

    @Test
    void theQueueSelectsByKind() {
        assertThat(tickets.queue(TicketQueueQuery.all().ofKind(TicketKind.QUESTION, TicketKind.SUGGESTION)))
                .containsExactly(suggestion, oldQuestion);
    }

    @Test
    void theQueueSelectsByAssignee() {
        assertThat(tickets.queue(TicketQueueQuery.all().assignedTo(ADMINISTRATOR.userId())))
                .containsExactly(oldQuestion);
        assertThat(tickets.queue(TicketQueueQuery.all().unassigned())).containsExactly(newIssue);
    }

    @Test
    void theQueueSelectsByAge() {
        assertThat(tickets.queue(TicketQueueQuery.all().olderThan(Duration.ofMinutes(65))))
                .containsExactly(suggestion, oldQuestion);
        assertThat(tickets.queue(TicketQueueQuery.all().youngerThan(Duration.ofMinutes(60))))
                .containsExactly(newIssue);
        assertThat(tickets.queue(TicketQueueQuery.all().olderThan(Duration.ofMinutes(65))
                .youngerThan(Duration.ofMinutes(125)))).containsExactly(suggestion, oldQuestion);
        assertThat(tickets.queue(TicketQueueQuery.all().olderThan(Duration.ofMinutes(125))))
                .containsExactly(oldQuestion);
    }

    @Test
    void anAgeBoundIsInclusive() {
        TicketQueueQuery exactlyFiveMinutes = TicketQueueQuery.all().olderThan(Duration.ofMinutes(5))
                .youngerThan(Duration.ofMinutes(5));

        assertThat(tickets.queue(exactlyFiveMinutes)).containsExactly(newIssue);
    }

    @Test
    void theQueueIsSortedAsAsked() {
        assertThat(tickets.queue(TicketQueueQuery.all())).containsExactly(newIssue, suggestion, oldQuestion);
        assertThat(tickets.queue(TicketQueueQuery.all().orderedBy(TicketOrder.OLDEST_FIRST)))
                .containsExactly(oldQuestion, suggestion, newIssue);
        fixture.clock.advance(Duration.ofMinutes(1));
        Ticket resolved = tickets.resolve(ResolveTicket.of(oldQuestion, "Use Merge on the client's page."));
        assertThat(tickets.queue(TicketQueueQuery.all().orderedBy(TicketOrder.RECENTLY_UPDATED_FIRST)))
                .containsExactly(resolved, suggestion, newIssue);
    }

    @Test
    void theQueuePagesAfterSelectingAndSorting() {
        TicketQueueQuery assignedOldestFirst = TicketQueueQuery.all().inStatus(TicketStatus.SUBMITTED,
                TicketStatus.IN_PROGRESS).orderedBy(TicketOrder.OLDEST_FIRST);

        assertThat(tickets.queue(assignedOldestFirst.page(0, 2))).containsExactly(oldQuestion, suggestion);
        assertThat(tickets.queue(assignedOldestFirst.page(2, 2))).containsExactly(newIssue);
    }

    @Test
    void agesMustNotBeNegativeNorTheRangeEmpty() {
        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all().olderThan(Duration.ofMinutes(-1))
                .youngerThan(Duration.ofMinutes(-2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(
                                tuple("maximumAge", "caseload.ticket.queue.age.negative"),
                                tuple("maximumAge", "caseload.ticket.queue.age.range"),
                                tuple("minimumAge", "caseload.ticket.queue.age.negative")));
        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all().olderThan(Duration.ofHours(2))
                .youngerThan(Duration.ofHours(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("maximumAge"));
    }

    @Test
    void aQueryWithMissingPartsReportsEachOfThem() {
        TicketQueueQuery broken = new TicketQueueQuery(null, null, null, null, null, null, -1, 0);

        assertThatThrownBy(() -> tickets.queue(broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("assignee", "kinds", "limit", "offset", "order", "statuses"));
        assertThatThrownBy(() -> tickets.queue(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aReporterListsTheirOwnTicketsWithTheSameCriteria() {
        fixture.identity.as(REPORTER);

        assertThat(tickets.mine(TicketQueueQuery.all())).containsExactly(suggestion, oldQuestion);
        assertThat(tickets.mine(TicketQueueQuery.all().inStatus(TicketStatus.IN_PROGRESS)))
                .containsExactly(oldQuestion);
        fixture.identity.as(COLLEAGUE);
        assertThat(tickets.mine(TicketQueueQuery.all())).containsExactly(newIssue);
        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.mine(TicketQueueQuery.all())).as("an administrator's own reports").isEmpty();
    }

    @Test
    void listingNeedsTheRightPermission() {
        fixture.identity.as(REPORTER);
        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all())).isInstanceOf(AccessDeniedException.class);
        fixture.identity.as(SYNC);
        assertThatThrownBy(() -> tickets.mine(TicketQueueQuery.all())).isInstanceOf(AccessDeniedException.class);
    }

    private Ticket submit(Principal reporter, TicketKind kind, String description) {
        fixture.identity.as(reporter);
        SubmitTicket template = issue(description);
        return tickets.submit(SubmitTicket.of(kind, description, template.source(), template.contact()));
    }
}
