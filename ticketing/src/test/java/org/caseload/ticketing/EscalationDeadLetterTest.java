// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.core.outbox.DeadLetter;
import org.caseload.core.outbox.DeliveryCounts;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.ui.Recipient;
import org.caseload.testing.RecordingNotifier;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An escalation the vendor refuses for good, or that cannot be delivered within the retry policy's
 * give-up age: a dead letter at once, the organization's administrators and the host told, listed
 * with its reason, resent or discarded by an administrator (audited), never by anyone else.
 */
class EscalationDeadLetterTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestClock clock = TestClock.at("2025-03-03T10:00:00Z");
    private final TestIdentity identity = new TestIdentity();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<SupportMessage> sent = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> hostTold = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(clock)
            .notifier(notifier).build();
    private final Ticketing ticketing = Ticketing.builder(caseload, message -> {
                if (failure != null) {
                    throw failure;
                }
                sent.add(message);
            })
            .retryPolicy(RetryPolicy.defaults().withJitter(0).withGiveUpAfter(Duration.ofMinutes(10)))
            .onStuckDelivery(hostTold::add)
            .build();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aRefusedEscalationIsADeadLetterAtOnceAndTheAdministratorsAndTheHostAreTold() {
        Ticket ticket = escalated("The search button does nothing");
        failure = new PermanentDeliveryException("UNKNOWN_ORGANIZATION", "the desk knows no organization org-a");

        ticketing.deliverPending();

        assertThat(sent).isEmpty();
        String reason = "refused: UNKNOWN_ORGANIZATION the desk knows no organization org-a";
        assertThat(hostTold).singleElement().satisfies(letter -> {
            assertThat(letter.aggregateId()).isEqualTo(ticket.id());
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.reason()).isEqualTo(reason);
        });
        assertThat(notifier.delivered()).filteredOn(n -> n.subject().contains("cannot reach"))
                .singleElement().satisfies(notification -> {
                    assertThat(notification.recipient()).isEqualTo(new Recipient.PermissionHolders(ORGANIZATION,
                            "ticket.administer"));
                    assertThat(notification.subject()).isEqualTo("Ticket " + ticket.id()
                            + " cannot reach the support desk");
                    assertThat(notification.body()).contains(reason).doesNotContain("search button");
                });
        identity.as(ADMINISTRATOR);
        assertThat(ticketing.deadLetters().list()).containsExactlyElementsOf(hostTold);
        assertThat(ticketing.deliveryCounts()).isEqualTo(new DeliveryCounts(0, 0, 1, 0, Duration.ZERO));
        clock.advance(Duration.ofDays(1));
        assertThat(ticketing.deliverPending()).as("never retried").isZero();
    }

    @Test
    void anEscalationThatKeepsFailingIsADeadLetterAtTheGiveUpAgeWithItsLastFailure() {
        escalated("The search button does nothing");
        failure = new IllegalStateException("connection reset");

        for (int round = 0; round < 20 && hostTold.isEmpty(); round++) {
            ticketing.deliverPending();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(hostTold).singleElement().extracting(DeadLetter::reason).asString()
                .isEqualTo("gave up after 5 attempts over PT8M, last: SUPPORT_CHANNEL_FAILED IllegalStateException");
    }

    @Test
    void anAdministratorResendsADeadLetterAndItIsDeliveredAndAudited() {
        Ticket ticket = escalated("The search button does nothing");
        failure = new PermanentDeliveryException("SIGNATURE_INVALID", "the desk rotated its secret");
        ticketing.deliverPending();
        String messageId = hostTold.get(0).messageId();
        failure = null;

        identity.as(ADMINISTRATOR);
        ticketing.deadLetters().resend(new ResendDeadLetter(messageId));
        ticketing.deliverPending();

        assertThat(sent).singleElement().extracting(SupportMessage::messageId).isEqualTo(messageId);
        assertThat(ticketing.deadLetters().list()).isEmpty();
        assertThatThrownBy(() -> ticketing.deadLetters().resend(new ResendDeadLetter(messageId)))
                .as("no longer a dead letter").isInstanceOf(NotFoundException.class);
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .contains(tuple("ticket.resendDeadLetter", messageId, Outcome.SUCCEEDED));
        assertThat(ticket.id()).isEqualTo(hostTold.get(0).aggregateId());
    }

    @Test
    void anAdministratorDiscardsADeadLetterForGood() {
        escalated("The search button does nothing");
        failure = new PermanentDeliveryException("UNSUPPORTED_VERSION", "wire version 9 is not supported");
        ticketing.deliverPending();
        String messageId = hostTold.get(0).messageId();
        failure = null;

        identity.as(ADMINISTRATOR);
        ticketing.deadLetters().discard(new DiscardDeadLetter(messageId));
        clock.advance(Duration.ofDays(1));
        ticketing.deliverPending();

        assertThat(sent).isEmpty();
        assertThat(ticketing.deadLetters().list()).isEmpty();
        assertThat(ticketing.deliveryCounts().dead()).isZero();
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::recordId)
                .contains(tuple("ticket.discardDeadLetter", messageId));
    }

    @Test
    void anotherOrganizationsAdministratorAndAReporterNeitherSeeNorTouchTheDeadLetter() {
        escalated("The search button does nothing");
        failure = new PermanentDeliveryException("UNKNOWN_ORGANIZATION", "unknown");
        ticketing.deliverPending();
        String messageId = hostTold.get(0).messageId();

        identity.as(OTHER_ADMINISTRATOR);
        assertThat(ticketing.deadLetters().list()).isEmpty();
        assertThatThrownBy(() -> ticketing.deadLetters().resend(new ResendDeadLetter(messageId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ticketing.deadLetters().discard(new DiscardDeadLetter(messageId)))
                .isInstanceOf(NotFoundException.class);
        identity.as(REPORTER);
        assertThatThrownBy(() -> ticketing.deadLetters().list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ticketing.deadLetters().resend(new ResendDeadLetter(messageId)))
                .isInstanceOf(AccessDeniedException.class);

        identity.as(ADMINISTRATOR);
        assertThat(ticketing.deadLetters().list()).extracting(DeadLetter::messageId).containsExactly(messageId);
    }

    @Test
    void aBlankOrHugeMessageIdIsRefusedPrecisely() {
        identity.as(ADMINISTRATOR);

        assertThatThrownBy(() -> ticketing.deadLetters().resend(new ResendDeadLetter(" ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("messageId");
        assertThatThrownBy(() -> ticketing.deadLetters().discard(new DiscardDeadLetter("x".repeat(10_000))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("messageId");
    }

    /** A ticket submitted by the reporter and escalated by the administrator. */
    private Ticket escalated(String description) {
        identity.as(REPORTER);
        Ticket submitted = ticketing.tickets().submit(TicketingFixture.issue(description));
        identity.as(ADMINISTRATOR);
        return ticketing.tickets().escalate(TicketingFixture.escalationOf(submitted));
    }

    private List<AuditEntry> audit() {
        return storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(ORGANIZATION, 1_000)));
    }
}
