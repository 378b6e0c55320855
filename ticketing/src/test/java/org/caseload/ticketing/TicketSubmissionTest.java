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
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.TicketContact.ContactMethod;
import org.caseload.spi.storage.TicketKind;
import org.caseload.spi.storage.TicketStatus;
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
        assertThat(ticket.screenId()).isEqualTo("client-search");
        assertThat(ticket.formId()).isEqualTo("intake-form");
        assertThat(ticket.applicationVersion()).isEqualTo("4.2.0");
        assertThat(ticket.contactEmail()).isEqualTo("riley@example.org");
        assertThat(ticket.preferredContactMethod()).isEqualTo(ContactMethod.EMAIL);
        assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2025-03-03T10:00:00Z"));
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

        Ticket ticket = tickets.submit(new SubmitTicket(TicketKind.QUESTION, "How do I merge two clients?",
                new TicketSource("client-merge", " ", ""),
                new ReporterContact("Riley Reporter", "", " ", ContactMethod.IN_APP)));

        assertThat(ticket.formId()).isNull();
        assertThat(ticket.applicationVersion()).isNull();
        assertThat(ticket.contactEmail()).isNull();
        assertThat(ticket.contactPhone()).isNull();
    }

    @Test
    void validation_reports_every_broken_rule_with_its_path_and_never_the_value() {
        fixture.identity.actAs(REPORTER);
        SubmitTicket command = new SubmitTicket(TicketKind.ISSUE, "  ",
                new TicketSource("client-search", null, null),
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
    void missing_parts_of_a_command_are_violations() {
        fixture.identity.actAs(REPORTER);

        assertThatThrownBy(() -> tickets.submit(new SubmitTicket(null, "Broken", null, null)))
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
        tickets.escalate(EscalateTicket.of(second));

        assertThat(tickets.queue(new TicketQueueQuery(null, 0, 2))).extracting(Ticket::id)
                .containsExactly(third.id(), second.id());
        assertThat(tickets.queue(new TicketQueueQuery(null, 2, 2))).extracting(Ticket::id)
                .containsExactly(first.id());
        assertThat(tickets.queue(new TicketQueueQuery(TicketStatus.SUBMITTED, 0, 10))).extracting(Ticket::id)
                .containsExactly(third.id(), first.id());
    }

    @Test
    void a_page_larger_than_the_maximum_is_refused() {
        fixture.identity.actAs(ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.queue(new TicketQueueQuery(null, 0, TicketQueueQuery.MAX_LIMIT + 1)))
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
