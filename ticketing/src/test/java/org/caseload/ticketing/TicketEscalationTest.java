// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxStore;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketEscalationTest {

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;
    private Ticket submitted;

    @BeforeEach
    void submit() {
        submitted = fixture.submitAsReporter("Saving an enrollment fails with an error");
        fixture.identity.as(ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void escalationMarksTheTicketEscalatedAtANewVersion() {
        Ticket escalated = tickets.escalate(TicketingFixture.escalationOf(submitted));

        assertThat(escalated.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(escalated.version()).isEqualTo(submitted.version() + 1);
        assertThat(tickets.get(submitted.id())).isEqualTo(escalated);
    }

    @Test
    void escalationIsDeliveredToTheVendorExactlyOnce() {
        tickets.escalate(TicketingFixture.escalationOf(submitted));

        fixture.ticketing.deliverPending();
        assertThat(fixture.ticketing.deliverPending()).isZero();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                    assertThat(escalation.ticketId()).isEqualTo(submitted.id());
                    assertThat(escalation.organizationId()).isEqualTo(ORGANIZATION);
                    assertThat(escalation.kind()).isEqualTo("ISSUE");
                    assertThat(escalation.summary()).isEqualTo("Saving an enrollment fails with an error");
                    assertThat(escalation.screenId()).isEqualTo("client-search");
                    assertThat(escalation.escalatedBy()).isEqualTo(ADMINISTRATOR.displayName());
                    assertThat(escalation.sentAt()).isEqualTo(fixture.clock.instant());
                    assertThat(outboxMessage(escalation.messageId())).get()
                            .satisfies(message -> {
                                assertThat(message.topic()).isEqualTo("support.escalation");
                                assertThat(message.aggregateId()).isEqualTo(submitted.id());
                                assertThat(message.status()).isEqualTo(OutboxMessage.Status.DELIVERED);
                            });
                });
    }

    @Test
    void anEscalationTheChannelRefusesStaysQueuedAndIsRetriedLater() {
        tickets.escalate(TicketingFixture.escalationOf(submitted));
        fixture.channel.refuseNext(1);

        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.accepted()).isEmpty();
        String messageId = fixture.channel.offered().get(0).messageId();
        assertThat(outboxMessage(messageId)).get().extracting(OutboxMessage::status)
                .isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(fixture.ticketing.deliverPending()).as("not due before the backoff ends").isZero();

        // The default first wait, 30 seconds, which jitter only shortens.
        fixture.clock.advance(Duration.ofSeconds(30));

        assertThat(fixture.ticketing.deliverPending()).isEqualTo(1);
        assertThat(fixture.channel.accepted()).extracting(SupportMessage::messageId).containsExactly(messageId);
        assertThat(outboxMessage(messageId)).get().extracting(OutboxMessage::status)
                .isEqualTo(OutboxMessage.Status.DELIVERED);
    }

    @Test
    void anEscalatedTicketCannotBeEscalatedAgain() {
        Ticket escalated = tickets.escalate(TicketingFixture.escalationOf(submitted));

        assertThatThrownBy(() -> tickets.escalate(TicketingFixture.escalationOf(escalated)))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.fromState()).isEqualTo("ESCALATED");
                    assertThat(e.toState()).isEqualTo("ESCALATED");
                });
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.accepted()).hasSize(1);
    }

    @Test
    void aStaleVersionChangesNothingAndSendsNothing() {
        EscalateTicket stale = new EscalateTicket(submitted.id(), submitted.version() + 1, submitted.description(), false);

        assertThatThrownBy(() -> tickets.escalate(stale))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(tickets.get(submitted.id())).isEqualTo(submitted);
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.offered()).isEmpty();
    }

    @Test
    void anotherOrganizationsAdministratorCannotEscalate() {
        fixture.identity.as(OTHER_ADMINISTRATOR);

        assertThatThrownBy(() -> tickets.escalate(TicketingFixture.escalationOf(submitted)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theReporterCannotEscalate() {
        fixture.identity.as(REPORTER);

        assertThatThrownBy(() -> tickets.escalate(TicketingFixture.escalationOf(submitted)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEscalationAndItsMessageCommitTogetherOrNotAtAll() {
        try (TicketingFixture failing = new TicketingFixture(TicketEscalationTest::outboxRefusingEscalations,
                UnaryOperator.identity())) {
            Ticket ticket = failing.submitAsReporter("Saving an enrollment fails with an error");
            failing.identity.as(ADMINISTRATOR);

            assertThatThrownBy(() -> failing.tickets.escalate(TicketingFixture.escalationOf(ticket)))
                    .isInstanceOf(StorageException.class);

            assertThat(failing.tickets.get(ticket.id()).status()).isEqualTo(TicketStatus.SUBMITTED);
            failing.ticketing.deliverPending();
            assertThat(failing.channel.offered()).isEmpty();
        }
    }

    /** A storage whose outbox refuses escalations, as a full disk would. */
    private static Storage outboxRefusingEscalations(Storage storage) {
        return new Storage() {
            @Override
            public <T> T inTransaction(UnitOfWork<T> work) {
                return storage.inTransaction(session -> work.run(refusing(session)));
            }
        };
    }

    private static StorageSession refusing(StorageSession session) {
        OutboxStore outbox = session.outbox();
        OutboxStore refusingOutbox = (OutboxStore) Proxy.newProxyInstance(OutboxStore.class.getClassLoader(),
                new Class<?>[] {OutboxStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("append")
                            && ((OutboxMessage) args[0]).topic().equals("support.escalation")) {
                        throw new StorageException("the outbox is full");
                    }
                    return invoke(method, outbox, args);
                });
        return (StorageSession) Proxy.newProxyInstance(StorageSession.class.getClassLoader(),
                new Class<?>[] {StorageSession.class}, (proxy, method, args) -> method.getName().equals("outbox")
                        ? refusingOutbox : invoke(method, session, args));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Optional<OutboxMessage> outboxMessage(String id) {
        return fixture.storage.inTransaction(session -> session.outbox().findById(id));
    }
}
