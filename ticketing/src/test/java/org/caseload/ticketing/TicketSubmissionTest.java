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
    void a_submitted_ticket_belongs_to_the_reporter_and_their_organization() {
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
    void a_submitted_ticket_appears_in_the_administrators_queue() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.actAs(ADMINISTRATOR);

        assertThat(tickets.queue(TicketQueueQuery.all())).containsExactly(ticket);
    }

    @Test
    void blank_optional_fields_are_stored_as_absent() {
        fixture.identity.actAs(REPORTER);

        Ticket ticket = tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "How do I merge two clients?",
                new TicketSource("client-merge", " ", "", "\t", " "),
                new ReporterContact("Riley Reporter", "", " ", ContactMethod.IN_APP)));

        assertThat(ticket.source()).isEqualTo(TicketSource.screen("client-merge"));
        assertThat(ticket.contact().email()).isNull();
        assertThat(ticket.contact().phone()).isNull();
    }

    @Test
    void validation_reports_every_broken_rule_with_its_path_and_never_the_value() {
        fixture.identity.actAs(REPORTER);
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
    void a_contact_is_checked_address_by_address() {
        fixture.identity.actAs(REPORTER);
        SubmitTicket command = issue("Broken");
        SubmitTicket badAddresses = SubmitTicket.of(command.kind(), command.description(), command.source(),
                new ReporterContact("Riley Reporter", "riley@localhost", "call me maybe", ContactMethod.IN_APP));

        assertThatThrownBy(() -> tickets.submit(badAddresses))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(
                                tuple("contact.email", "jakarta.validation.constraints.Email.message"),
                                tuple("contact.phone", "jakarta.validation.constraints.Pattern.message")))
                .message().doesNotContain("localhost").doesNotContain("maybe");
    }

    @Test
    void well_formed_phone_numbers_are_accepted() {
        fixture.identity.actAs(REPORTER);

        for (String phone : List.of("+1 (555) 010-0199", "555.0100", "0044 20 7946 0958")) {
            Ticket ticket = tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "Call me", TicketSource.screen("home"),
                    new ReporterContact("Riley Reporter", null, phone, ContactMethod.PHONE)));
            assertThat(ticket.contact().phone()).isEqualTo(phone);
        }
    }

    @Test
    void the_preferred_contact_method_needs_its_address() {
        fixture.identity.actAs(REPORTER);
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
    void the_context_the_host_supplies_is_length_limited() {
        fixture.identity.actAs(REPORTER);
        String tooLong = "x".repeat(TicketSource.USER_AGENT_MAX_LENGTH + 1);

        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE, "Broken",
                new TicketSource("home", null, "y".repeat(TicketSource.ID_MAX_LENGTH + 1), null, tooLong),
                issue("x").contact())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("source.recordReference", "source.userAgent"));
    }

    @Test
    void missing_parts_of_a_command_are_violations() {
        fixture.identity.actAs(REPORTER);

        assertThatThrownBy(() -> tickets.submit(SubmitTicket.of(null, "Broken", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("contact", "kind", "source"));
    }

    @Test
    void the_queue_filters_by_status_and_pages_newest_first() {
        Ticket first = fixture.submitAsReporter("first");
        fixture.clock.advance(Duration.ofMinutes(1));
        Ticket second = fixture.submitAsReporter("second");
        fixture.clock.advance(Duration.ofMinutes(1));
        Ticket third = fixture.submitAsReporter("third");
        fixture.identity.actAs(ADMINISTRATOR);
        tickets.escalate(TicketingFixture.escalationOf(second));

        assertThat(tickets.queue(TicketQueueQuery.all().page(0, 2))).extracting(Ticket::id)
                .containsExactly(third.id(), second.id());
        assertThat(tickets.queue(TicketQueueQuery.all().page(2, 2))).extracting(Ticket::id)
                .containsExactly(first.id());
        assertThat(tickets.queue(TicketQueueQuery.all().inStatus(TicketStatus.SUBMITTED))).extracting(Ticket::id)
                .containsExactly(third.id(), first.id());
    }

    @Test
    void a_page_larger_than_the_maximum_is_refused() {
        fixture.identity.actAs(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all().page(0, TicketQueueQuery.MAX_LIMIT + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("limit"));
    }

    @Test
    void a_user_without_administration_rights_cannot_see_the_queue() {
        fixture.submitAsReporter("The search button does nothing");

        assertThatThrownBy(() -> tickets.queue(TicketQueueQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_organizations_administrator_sees_nothing() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.actAs(OTHER_ADMINISTRATOR);

        assertThat(tickets.queue(TicketQueueQuery.all())).isEmpty();
        assertThatThrownBy(() -> tickets.get(ticket.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_reporter_and_the_administrator_read_the_ticket() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        assertThat(tickets.get(ticket.id())).isEqualTo(ticket);
        fixture.identity.actAs(ADMINISTRATOR);
        assertThat(tickets.get(ticket.id())).isEqualTo(ticket);
    }

    @Test
    void a_colleague_cannot_tell_the_ticket_from_a_missing_one() {
        Ticket ticket = fixture.submitAsReporter("The search button does nothing");

        fixture.identity.actAs(COLLEAGUE);

        assertThatThrownBy(() -> tickets.get(ticket.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket " + ticket.id() + " was not found");
        assertThatThrownBy(() -> tickets.get("no-such-ticket"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ticket no-such-ticket was not found");
    }

    @Test
    void a_blank_ticket_id_is_a_violation() {
        fixture.identity.actAs(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.get(" "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("ticketId"));
    }

    @Test
    void nobody_authenticated_is_refused() {
        assertThatThrownBy(() -> tickets.submit(issue("The search button does nothing")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
