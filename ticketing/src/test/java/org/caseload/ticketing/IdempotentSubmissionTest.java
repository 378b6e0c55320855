// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_REPORTER;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotentSubmissionTest {

    private static final String KEY = "request-7f3a";

    private TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSameKeyAndPayloadAgainReturnsTheFirstTicketAndCreatesNothing() {
        SubmitTicket command = issue("The Save button does nothing")
                .withScreenshot(Screenshot.of(Images.drawn("png")))
                .withIdempotencyKey(KEY);
        fixture.identity.as(REPORTER);
        Ticket first = fixture.tickets.submit(command);
        assertThat(fixture.ticketing.deliverPending()).as("the administrators' notification").isEqualTo(1);
        fixture.clock.advance(Duration.ofMinutes(1));

        Ticket again = fixture.tickets.submit(command);

        assertThat(again).isEqualTo(first);
        assertThat(tickets(ORGANIZATION)).extracting(TicketRecord::id).containsExactly(first.id());
        assertThat(fixture.ticketing.deliverPending()).as("no second notification").isZero();
        fixture.identity.as(ADMINISTRATOR);
        assertThat(fixture.tickets.history(first.id())).hasSize(1);
        assertThat(fixture.audit(ORGANIZATION))
                .filteredOn(entry -> entry.action().equals("ticket.submit"))
                .extracting(AuditEntry::recordId, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple(first.id(), Outcome.SUCCEEDED, null),
                        tuple(first.id(), Outcome.SUCCEEDED, "repeated submission, nothing created"));
    }

    @Test
    void aRepeatReturnsTheTicketAsItIsNow() {
        SubmitTicket command = issue("The Save button does nothing").withIdempotencyKey(KEY);
        fixture.identity.as(REPORTER);
        Ticket first = fixture.tickets.submit(command);
        fixture.identity.as(ADMINISTRATOR);
        Ticket started = fixture.tickets.startWork(StartWork.of(first));

        fixture.identity.as(REPORTER);
        assertThat(fixture.tickets.submit(command)).isEqualTo(started);
    }

    @Test
    void theSameKeyWithADifferentPayloadIsRefused() {
        fixture.identity.as(REPORTER);
        fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY));

        for (SubmitTicket different : List.of(
                issue("The Print button does nothing").withIdempotencyKey(KEY),
                issue("The Save button does nothing").withIdempotencyKey(KEY)
                        .withScreenshot(Screenshot.of(Images.drawn("png"))))) {
            assertThatThrownBy(() -> fixture.tickets.submit(different))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                            .containsExactly(tuple("idempotencyKey", "caseload.ticket.idempotencyKey.reused",
                                    "text of 12 characters")))
                    .message().doesNotContain("Print").doesNotContain(KEY);
        }
        assertThat(tickets(ORGANIZATION)).hasSize(1);
    }

    @Test
    void anotherUserReusingAKeyGetsAnErrorNotTheFirstUsersTicket() {
        fixture.identity.as(REPORTER);
        fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY));

        fixture.identity.as(COLLEAGUE);

        assertThatThrownBy(() -> fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aRefusedReuseRevealsNothingOfTheFirstTicket() {
        fixture.identity.as(REPORTER);
        Ticket first = fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY));
        fixture.identity.as(COLLEAGUE);

        List<ValidationException> refusals = new java.util.ArrayList<>();
        for (SubmitTicket reuse : List.of(issue("Something else").withIdempotencyKey(KEY),
                issue("The Save button does nothing").withIdempotencyKey(KEY))) {
            try {
                fixture.tickets.submit(reuse);
            } catch (ValidationException refused) {
                refusals.add(refused);
            }
        }

        assertThat(refusals).hasSize(2).allSatisfy(refused -> {
            assertThat(refused.getMessage()).doesNotContain(first.id(), "Save", KEY);
            assertThat(refused.violations()).extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                    .containsExactly(tuple("idempotencyKey", "caseload.ticket.idempotencyKey.reused",
                            "text of 12 characters"));
        });
        assertThat(fixture.audit(ORGANIZATION)).filteredOn(entry -> entry.userId().equals(COLLEAGUE.userId()))
                .extracting(AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly(tuple(null, Outcome.FAILED), tuple(null, Outcome.FAILED));
    }

    @Test
    void aKeyIsScopedToItsOrganization() {
        fixture.identity.as(REPORTER);
        Ticket ours = fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY));

        fixture.identity.as(OTHER_REPORTER);
        Ticket theirs = fixture.tickets.submit(issue("The Save button does nothing").withIdempotencyKey(KEY));

        assertThat(theirs.id()).isNotEqualTo(ours.id());
        assertThat(theirs.organizationId()).isEqualTo(OTHER_ORGANIZATION);
    }

    @Test
    void withoutAKeyEverySubmissionCreatesATicket() {
        fixture.identity.as(REPORTER);
        fixture.tickets.submit(issue("The Save button does nothing"));
        fixture.tickets.submit(issue("The Save button does nothing"));

        assertThat(tickets(ORGANIZATION)).hasSize(2);
    }

    @Test
    void aMalformedKeyIsAViolation() {
        fixture.identity.as(REPORTER);

        for (String malformed : List.of("", "has space", "x".repeat(SubmitTicket.IDEMPOTENCY_KEY_MAX_LENGTH + 1))) {
            assertThatThrownBy(() -> fixture.tickets.submit(issue("Broken").withIdempotencyKey(malformed)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsOnly("idempotencyKey"));
        }
    }

    @Test
    void aTicketStoredUnderTheKeyBetweenLookUpAndInsertIsFoundOnTheSecondTry() {
        fixture.close();
        InterferingStorage[] racing = new InterferingStorage[1];
        fixture = new TicketingFixture(storage -> racing[0] = new InterferingStorage(storage),
                UnaryOperator.identity());
        SubmitTicket command = issue("The Save button does nothing").withIdempotencyKey(KEY);
        fixture.identity.as(REPORTER);
        Ticket first = fixture.tickets.submit(command);
        racing[0].missNextLookUp();

        Ticket again = fixture.tickets.submit(command);

        assertThat(again).isEqualTo(first);
        assertThat(tickets(ORGANIZATION)).hasSize(1);
        assertThat(fixture.audit(ORGANIZATION))
                .filteredOn(entry -> entry.action().equals("ticket.submit"))
                .extracting(AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple(Outcome.SUCCEEDED, null), tuple(Outcome.FAILED, "STORAGE_FAILURE"),
                        tuple(Outcome.SUCCEEDED, "repeated submission, nothing created"));
    }

    private List<TicketRecord> tickets(String organizationId) {
        return fixture.memory.inTransaction(session -> session.tickets()
                .find(new TicketQuery(organizationId, Set.of(), 0, 100)));
    }
}
