// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Working a ticket: assignment, resolutions, who may do what, and optimistic locking. */
class TicketWorkTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private final TicketWorkflow workflow = new TicketWorkflow(fixture);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aResolutionIsKeptWhenClosedAndClearedWhenReopened() {
        Ticket submitted = fixture.submitAsReporter("How do I merge two clients?");
        fixture.identity.as(ADMINISTRATOR);

        Ticket resolved = tickets.resolve(ResolveTicket.of(submitted, "Use Merge on the client's page."));
        Ticket reopened = tickets.reopen(ReopenTicket.of(resolved));
        Ticket closed = tickets.close(CloseTicket.of(tickets.resolve(ResolveTicket.of(reopened, "Merged them."))));

        assertThat(resolved.resolution()).isEqualTo("Use Merge on the client's page.");
        assertThat(reopened.resolution()).isNull();
        assertThat(closed.resolution()).isEqualTo("Merged them.");
    }

    @Test
    void theReporterMayReopenTheirResolvedTicketAndAColleagueMayNotSeeIt() {
        Ticket resolved = workflow.ticketIn(TicketStatus.RESOLVED);

        fixture.identity.as(COLLEAGUE);
        assertThatThrownBy(() -> tickets.reopen(ReopenTicket.of(resolved))).isInstanceOf(NotFoundException.class);
        fixture.identity.as(REPORTER);
        assertThat(tickets.reopen(ReopenTicket.of(resolved)).status()).isEqualTo(TicketStatus.REOPENED);
    }

    @Test
    void onlyAnAdministratorWorksTheTicket() {
        Ticket submitted = fixture.submitAsReporter("Broken");

        for (Function<Ticket, Object> work : List.<Function<Ticket, Object>>of(
                ticket -> tickets.startWork(StartWork.of(ticket)),
                ticket -> tickets.waitForCustomer(WaitForCustomer.of(ticket)),
                ticket -> tickets.resolve(ResolveTicket.of(ticket, "Fixed")),
                ticket -> tickets.close(CloseTicket.of(ticket)),
                ticket -> tickets.assign(AssignTicket.of(ticket, REPORTER.userId())))) {
            assertThatThrownBy(() -> work.apply(submitted)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(tickets.get(submitted.id())).isEqualTo(submitted);
    }

    @Test
    void anotherOrganizationsAdministratorCannotTellTheTicketExists() {
        Ticket submitted = fixture.submitAsReporter("Broken");
        fixture.identity.as(OTHER_ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.startWork(StartWork.of(submitted)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket " + submitted.id() + " was not found");
        assertThatThrownBy(() -> tickets.assign(AssignTicket.of(submitted, OTHER_ADMINISTRATOR.userId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.reopen(ReopenTicket.of(submitted))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleVersionIsRefusedBeforeAnyOtherRuleAndChangesNothing() {
        Ticket submitted = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);
        Ticket current = tickets.assign(AssignTicket.of(submitted, ADMINISTRATOR.userId()));

        assertThatThrownBy(() -> tickets.startWork(StartWork.of(submitted)))
                .isInstanceOfSatisfying(ConcurrentModificationException.class,
                        e -> assertThat(e.expectedVersion()).isEqualTo(submitted.version()));
        assertThatThrownBy(() -> tickets.close(CloseTicket.of(submitted)))
                .as("closing a SUBMITTED ticket is also invalid, but the stale version is reported")
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> tickets.assign(AssignTicket.of(submitted, null)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(tickets.get(submitted.id())).isEqualTo(current);
    }

    @Test
    void twoAdministratorsChangingOneVersionLeaveExactlyOneChange() {
        Ticket submitted = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);

        Ticket started = tickets.startWork(StartWork.of(submitted));

        assertThatThrownBy(() -> tickets.resolve(ResolveTicket.of(submitted, "Fixed")))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(tickets.get(submitted.id())).isEqualTo(started);
    }

    @Test
    void assignmentChangesTheAssigneeInAnyStatusButNotTheStatus() {
        Ticket closed = workflow.ticketIn(TicketStatus.CLOSED);
        fixture.identity.as(ADMINISTRATOR);
        fixture.clock.advance(Duration.ofMinutes(3));

        Ticket assigned = tickets.assign(AssignTicket.of(closed, "u-admin-2"));
        Ticket unassigned = tickets.assign(AssignTicket.of(assigned, null));

        assertThat(assigned.assigneeUserId()).isEqualTo("u-admin-2");
        assertThat(assigned.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(assigned.updatedAt()).isEqualTo(fixture.clock.instant());
        assertThat(assigned.statusChangedAt()).isEqualTo(closed.statusChangedAt());
        assertThat(unassigned.assigneeUserId()).isNull();
        assertThat(unassigned.version()).isEqualTo(closed.version() + 2);
    }

    @Test
    void aBlankAssigneeOrResolutionIsAViolation() {
        Ticket submitted = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.assign(AssignTicket.of(submitted, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("assigneeUserId"));
        assertThatThrownBy(() -> tickets.resolve(new ResolveTicket(submitted.id(), 0, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("expectedVersion", "resolution"));
    }

    @Test
    void everyMoveIsAuditedWithBothStatuses() {
        Ticket submitted = fixture.submitAsReporter("Broken");
        fixture.identity.as(ADMINISTRATOR);
        Ticket assigned = tickets.assign(AssignTicket.of(submitted, ADMINISTRATOR.userId()));
        Ticket waiting = tickets.waitForCustomer(WaitForCustomer.of(tickets.startWork(StartWork.of(assigned))));
        tickets.close(CloseTicket.of(tickets.resolve(ResolveTicket.of(waiting, "Fixed"))));

        assertThat(fixture.audit(ORGANIZATION))
                .filteredOn(entry -> entry.userId().equals(ADMINISTRATOR.userId()))
                .extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::detail)
                .containsExactly(
                        tuple("ticket.assign", submitted.id(), "assigned"),
                        tuple("ticket.start", submitted.id(), "from SUBMITTED to IN_PROGRESS"),
                        tuple("ticket.wait", submitted.id(), "from IN_PROGRESS to WAITING_ON_CUSTOMER"),
                        tuple("ticket.resolve", submitted.id(), "from WAITING_ON_CUSTOMER to RESOLVED"),
                        tuple("ticket.close", submitted.id(), "from RESOLVED to CLOSED"));
    }
}
