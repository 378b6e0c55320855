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
import static org.caseload.ticketing.TicketingFixture.issue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketSubmissionTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSubmittedTicketBelongsToTheReporterAndTheirOrganization() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        assertThat(ticket.status()).isEqualTo(TicketStatus.SUBMITTED);
        assertThat(ticket.organizationId()).isEqualTo(ORGANIZATION);
        assertThat(ticket.reporterUserId()).isEqualTo(REPORTER.userId());
        assertThat(ticket.kind()).isEqualTo(TicketKind.ISSUE);
        assertThat(ticket.description()).isEqualTo("The search button does nothing");
        assertThat(ticket.source()).isEqualTo(
                new TicketSource("client-search", "intake-form", "client:42", "4.2.0", "Mozilla/5.0 (X11)"));
        assertThat(ticket.contact()).isEqualTo(
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL));
        assertThat(ticket.screenshotType()).isNull();
        assertThat(ticket.assigneeUserId()).isNull();
        assertThat(ticket.resolution()).isNull();
        assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2025-03-03T10:00:00Z"));
        assertThat(ticket.updatedAt()).isEqualTo(ticket.createdAt());
        assertThat(ticket.statusChangedAt()).isEqualTo(ticket.createdAt());
        assertThat(ticket.version()).isEqualTo(1);
    }

    @Test
    void aSubmittedTicketAppearsInTheAdministratorsQueue() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.as(ADMINISTRATOR);

        assertThat(tickets.queue(TicketQueueQuery.all())).containsExactly(ticket);
    }

    @Test
    void blankOptionalFieldsAreStoredAsAbsent() {
        fixture.identity.as(REPORTER);

        Ticket ticket = tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "How do I merge two clients?",
                new TicketSource("client-merge", " ", "", "\t", " "),
                new ReporterContact("Riley Reporter", "", " ", ContactMethod.IN_APP)));

        assertThat(ticket.source()).isEqualTo(TicketSource.screen("client-merge"));
        assertThat(ticket.contact().email()).isNull();
        assertThat(ticket.contact().phone()).isNull();
    }

    @Test
    void validationReportsEveryBrokenRuleWithItsPathAndNeverTheValue() {
        fixture.identity.as(REPORTER);
        SubmitTicket command = SubmitTicket.of(TicketKind.ISSUE, "  ",
                TicketSource.screen("client-search"),
                new ReporterContact("Riley Reporter", "riley-at-example", null, ContactMethod.EMAIL));

        assertThatThrownBy(() -> tickets.submit(command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(
                                tuple("contact.email",
                                        "jakarta.validation.constraints.Email.message"),
                                tuple("description",
                                        "jakarta.validation.constraints.NotBlank.message")))
                .message().doesNotContain("riley-at-example");
    }

    @Test
    void aContactIsCheckedAddressByAddress() {
        fixture.identity.as(REPORTER);
        SubmitTicket command = issue("Broken");
        SubmitTicket badAddresses = SubmitTicket.of(command.kind(), command.description(), command.source(),
                new ReporterContact("Riley Reporter", "riley@localhost", "call me maybe", ContactMethod.IN_APP));

        assertThatThrownBy(() -> tickets.submit(badAddresses))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(
                                tuple("contact.email", "jakarta.validation.constraints.Email.message"),
                                tuple("contact.phone", "caseload.ticket.contact.phone.format")))
                .message().doesNotContain("localhost").doesNotContain("maybe");
    }

    @Test
    void wellFormedPhoneNumbersAreAccepted() {
        fixture.identity.as(REPORTER);

        for (String phone : List.of("+1 (555) 010-0199", "555.0100", "0044 20 7946 0958")) {
            Ticket ticket = tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "Call me", TicketSource.screen("home"),
                    new ReporterContact("Riley Reporter", null, phone, ContactMethod.PHONE)));
            assertThat(ticket.contact().phone()).isEqualTo(phone);
        }
    }

    @Test
    void thePreferredContactMethodNeedsItsAddress() {
        fixture.identity.as(REPORTER);
        TicketSource source = TicketSource.screen("home");

        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "Mail me", source,
                new ReporterContact("Riley Reporter", "", "555 0100", ContactMethod.EMAIL))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                        .containsExactly(tuple("contact.email", "caseload.ticket.contact.email.required",
                                "blank text of 0 characters")));
        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "Call me", source,
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.PHONE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("contact.phone", "caseload.ticket.contact.phone.required")));
    }

    @Test
    void theContextTheHostSuppliesIsLengthLimited() {
        fixture.identity.as(REPORTER);
        String tooLong = "x".repeat(TicketSource.USER_AGENT_MAX_LENGTH + 1);

        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE, "Broken",
                new TicketSource("home", null, "y".repeat(TicketSource.ID_MAX_LENGTH + 1), null, tooLong),
                issue("x").contact())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("source.recordReference", "source.userAgent"));
    }

    @Test
    void missingPartsOfACommandAreViolations() {
        fixture.identity.as(REPORTER);

        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(null, "Broken", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("contact", "kind", "source"));
    }

    @Test
    void theQueueFiltersByStatusAndPagesNewestFirst() {
        Ticket first = fixture.submitAsReporter("first");
        fixture.clock.advance(Duration.ofMinutes(1));
        Ticket second = fixture.submitAsReporter("second");
        fixture.clock.advance(Duration.ofMinutes(1));
        Ticket third = fixture.submitAsReporter("third");
        fixture.identity.as(ADMINISTRATOR);
        tickets.escalate(TicketingFixture.escalationOf(second));

        assertThat(tickets.queue(TicketQueueQuery.all().page(0, 2))).extracting(Ticket::id)
                .containsExactly(third.id(), second.id());
        assertThat(tickets.queue(TicketQueueQuery.all().page(2, 2))).extracting(Ticket::id)
                .containsExactly(first.id());
        assertThat(tickets.queue(TicketQueueQuery.all().inStatus(TicketStatus.SUBMITTED))).extracting(Ticket::id)
                .containsExactly(third.id(), first.id());
    }

    @Test
    void aPageLargerThanTheMaximumIsRefused() {
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all().page(0, TicketQueueQuery.MAX_LIMIT + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("limit"));
    }

    @Test
    void aUserWithoutAdministrationRightsCannotSeeTheQueue() {
        fixture.submitAsReporter("The search button does nothing");

        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOrganizationsAdministratorSeesNothing() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.as(OTHER_ADMINISTRATOR);

        assertThat(tickets.queue(TicketQueueQuery.all())).isEmpty();
        assertThatThrownBy(() -> tickets.get(ticket.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theReporterAndTheAdministratorReadTheTicket() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        assertThat(tickets.get(ticket.id())).isEqualTo(ticket);
        fixture.identity.as(ADMINISTRATOR);
        assertThat(tickets.get(ticket.id())).isEqualTo(ticket);
    }

    @Test
    void aColleagueCannotTellTheTicketFromAMissingOne() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.as(COLLEAGUE);

        assertThatThrownBy(() -> tickets.get(ticket.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket " + ticket.id() + " was not found");
        assertThatThrownBy(() -> tickets.get("no-such-ticket"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket no-such-ticket was not found");
    }

    @Test
    void aBlankTicketIdIsAViolation() {
        fixture.identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.get(" "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("ticketId"));
    }

    @Test
    void nobodyAuthenticatedIsRefused() {
        assertThatThrownBy(() -> tickets.submit(issue("The search button does nothing")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
