package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.caseload.spi.storage.AuditEntry;
import org.caseload.spi.storage.ClientRecord;
import org.caseload.spi.storage.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.TicketContact;
import org.caseload.spi.storage.TicketContext;
import org.caseload.spi.storage.TicketKind;
import org.caseload.spi.storage.TicketNoteRecord;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStatus;

/**
 * Valid records and small helpers for the contract tests.
 *
 * <p>Every generated id, organization and topic embeds a random UUID, so tests never see each
 * other's records even when an implementation shares one storage between them. Instants are whole
 * seconds after {@link #T0}, so that every storage keeps them exactly.
 */
public final class TckFixtures {

    /** The instant the fixtures' times count from. */
    public static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    private TckFixtures() {
    }

    /** A value no other test uses, such as {@code org-3f2a...}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** {@link #T0} plus {@code seconds}. */
    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A client of {@code organizationId} with a fresh id and these match keys. */
    public static ClientRecord client(String organizationId, String... matchKeys) {
        return client(unique("client"), organizationId, Set.of(matchKeys));
    }

    /** A client with every optional field filled in, at version 1. */
    public static ClientRecord client(String id, String organizationId, Set<String> matchKeys) {
        return new ClientRecord(id, organizationId, "ada", "maria", "lovelace", "jr",
                LocalDate.of(1990, 12, 10), matchKeys, T0, T0, 1);
    }

    /** {@code client} with another last name, at the version it was read. */
    public static ClientRecord withLastName(ClientRecord client, String lastName) {
        return new ClientRecord(client.id(), client.organizationId(), client.firstName(), client.middleName(),
                lastName, client.suffix(), client.dateOfBirth(), client.matchKeys(), client.createdAt(),
                client.updatedAt(), client.version());
    }

    /** {@code client} with other match keys, at the version it was read. */
    public static ClientRecord withMatchKeys(ClientRecord client, String... matchKeys) {
        return new ClientRecord(client.id(), client.organizationId(), client.firstName(), client.middleName(),
                client.lastName(), client.suffix(), client.dateOfBirth(), Set.of(matchKeys), client.createdAt(),
                client.updatedAt(), client.version());
    }

    /** A ticket of {@code organizationId} with a fresh id. */
    public static TicketRecord ticket(String organizationId, TicketStatus status, Instant createdAt) {
        return ticket(unique("ticket"), organizationId, status, createdAt);
    }

    /** A ticket with every optional field filled in, at version 1. */
    public static TicketRecord ticket(String id, String organizationId, TicketStatus status, Instant createdAt) {
        return new TicketRecord(id, organizationId, unique("reporter"), TicketKind.ISSUE, status,
                "The intake form does not save", new TicketContext("intake.form", "form-7", "3.2.1"),
                new TicketContact("Sam Reporter", "sam@example.org", "+1 555 0100",
                        TicketContact.ContactMethod.EMAIL),
                createdAt, createdAt, 1);
    }

    /** A note on {@code ticketId} with a fresh id. */
    public static TicketNoteRecord note(String ticketId, Instant createdAt) {
        return note(unique("note"), ticketId, createdAt);
    }

    /** A public, local note. */
    public static TicketNoteRecord note(String id, String ticketId, Instant createdAt) {
        return new TicketNoteRecord(id, ticketId, "Support desk", TicketNoteRecord.Visibility.PUBLIC,
                TicketNoteRecord.Origin.LOCAL, "Looking into it", createdAt);
    }

    /** An audit entry with a fresh id and every optional field filled in. */
    public static AuditEntry auditEntry(String organizationId, String userId, String recordId, Instant occurredAt) {
        return auditEntry(unique("audit"), organizationId, userId, recordId, occurredAt);
    }

    /** An audit entry of a successful {@code client.update}. */
    public static AuditEntry auditEntry(String id, String organizationId, String userId, String recordId,
                                        Instant occurredAt) {
        return new AuditEntry(id, occurredAt, userId, organizationId, "client.update",
                AuditEntry.Outcome.SUCCEEDED, "client", recordId, "fields=2");
    }

    /** A pending message of {@code topic} with a fresh id, due at {@code createdAt}. */
    public static OutboxMessage message(String topic, Instant createdAt) {
        return OutboxMessage.pending(unique("message"), topic, unique("aggregate"), "{\"ticket\":7}", createdAt);
    }

    /** {@code message} in another status. */
    public static OutboxMessage withStatus(OutboxMessage message, OutboxMessage.Status status) {
        return new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                message.createdAt(), message.attempts(), message.nextAttemptAt(), status, message.lastError());
    }

    /** {@code message} as a claim returns it: one more attempt, leased until {@code leaseUntil}. */
    public static OutboxMessage leased(OutboxMessage message, Instant leaseUntil) {
        return new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                message.createdAt(), message.attempts() + 1, leaseUntil, message.status(), message.lastError());
    }

    /** Runs {@code work} as one committed unit of work. */
    public static void inUnit(Storage storage, Consumer<StorageSession> work) {
        storage.inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs {@code work} in a unit of work that then throws, and checks the throw came out unchanged. */
    public static void inRolledBackUnit(Storage storage, Consumer<StorageSession> work) {
        IntendedFailure failure = new IntendedFailure();
        assertThatThrownBy(() -> storage.inTransaction(session -> {
            work.accept(session);
            throw failure;
        })).isSameAs(failure);
    }

    /** Thrown by a test's unit of work to roll it back on purpose. */
    public static final class IntendedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public IntendedFailure() {
            super("unit of work rolled back on purpose by the TCK");
        }
    }
}
