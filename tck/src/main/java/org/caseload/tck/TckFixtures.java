// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.clients.PersonName;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.tickets.TicketContact;
import org.caseload.spi.storage.tickets.TicketContext;
import org.caseload.spi.storage.tickets.TicketIdempotencyKey;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;

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

    /**
     * A client with every optional part filled in, at version 1: a name and two aliases, an SSN, a
     * date of birth, several race and gender responses, phone, e-mail, a current and an earlier
     * address, and values of every kind entered through two forms.
     */
    public static ClientRecord client(String id, String organizationId, Set<String> matchKeys) {
        ClientIdentity identity = new ClientIdentity(new PersonName("ada", "maria", "lovelace", "jr"),
                NameDataQuality.FULL, List.of(new PersonName("ada", null, "byron", null),
                        new PersonName(null, null, "countess", null)),
                "xxxxx6789", SsnDataQuality.APPROXIMATE_OR_PARTIAL, LocalDate.of(1990, 12, 10), DobDataQuality.FULL);
        Demographics demographics = new Demographics(
                Set.of(RaceAndEthnicity.WHITE, RaceAndEthnicity.MID_EAST_N_AFRICAN),
                Set.of(Gender.WOMAN, Gender.TRANSGENDER), NoYesReasons.NO);
        ContactInfo contact = new ContactInfo("+1 555 0100", "ada@example.org", List.of(
                new ClientAddress("12 St James's Square", null, "London", null, "SW1Y 4JH",
                        LocalDate.of(2024, 3, 1), null),
                new ClientAddress("1 Main St", "Apt 2", "Springfield", "IL", "62701", LocalDate.of(2020, 1, 15),
                        LocalDate.of(2024, 3, 1))));
        return new ClientRecord(id, organizationId, identity, demographics, contact,
                List.of(everyKindOfFormValue("intake", 3), new FormValues("consent", 1, Map.of())), matchKeys,
                T0, T0, 1);
    }

    /** A client with nothing but what is required: no name, SSN, date of birth, contact or forms. */
    public static ClientRecord sparseClient(String id, String organizationId) {
        return new ClientRecord(id, organizationId,
                new ClientIdentity(PersonName.NONE, NameDataQuality.DATA_NOT_COLLECTED, List.of(), null,
                        SsnDataQuality.CLIENT_PREFERS_NOT_TO_ANSWER, null, DobDataQuality.CLIENT_DOES_NOT_KNOW),
                new Demographics(Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED), Set.of(Gender.DATA_NOT_COLLECTED),
                        NoYesReasons.DATA_NOT_COLLECTED),
                ContactInfo.NONE, List.of(), Set.of(), at(0), at(5), 1);
    }

    /**
     * Values of form {@code formId} with one field of every kind, including numbers whose scale
     * must survive ({@code 1.50}, {@code 1E+3}) and a multiple choice whose order must.
     */
    public static FormValues everyKindOfFormValue(String formId, int formVersion) {
        return new FormValues(formId, formVersion, Map.of(
                "text", FieldValue.text("Zoë 😀 O'Brien, \"quoted\""),
                "amount", FieldValue.number(new BigDecimal("1.50")),
                "thousand", FieldValue.number(new BigDecimal("1E+3")),
                "negative", FieldValue.number(new BigDecimal("-0.000001")),
                "date", FieldValue.date(LocalDate.of(1900, 1, 1)),
                "yes", FieldValue.bool(true),
                "no", FieldValue.bool(false),
                "housing", FieldValue.choice("shelter"),
                "needs", FieldValue.choices("food", "bed", "clothes")));
    }

    /** {@code client} with another last name, at the version it was read. */
    public static ClientRecord withLastName(ClientRecord client, String lastName) {
        ClientIdentity identity = client.identity();
        PersonName name = identity.name();
        return withIdentity(client, new ClientIdentity(new PersonName(name.first(), name.middle(), lastName,
                name.suffix()), identity.nameQuality(), identity.aliases(), identity.ssn(), identity.ssnQuality(),
                identity.dateOfBirth(), identity.dobQuality()));
    }

    /** The last name of a client. */
    public static String lastNameOf(ClientRecord client) {
        return client.identity().name().last();
    }

    /** {@code client} with another identity, at the version it was read. */
    public static ClientRecord withIdentity(ClientRecord client, ClientIdentity identity) {
        return new ClientRecord(client.id(), client.organizationId(), identity, client.demographics(),
                client.contact(), client.forms(), client.matchKeys(), client.createdAt(), client.updatedAt(),
                client.version());
    }

    /** {@code client} with other contact details and form values, at the version it was read. */
    public static ClientRecord withContactAndForms(ClientRecord client, ContactInfo contact, List<FormValues> forms) {
        return new ClientRecord(client.id(), client.organizationId(), client.identity(), client.demographics(),
                contact, forms, client.matchKeys(), client.createdAt(), client.updatedAt(), client.version());
    }

    /** {@code client} with other match keys, at the version it was read. */
    public static ClientRecord withMatchKeys(ClientRecord client, String... matchKeys) {
        return new ClientRecord(client.id(), client.organizationId(), client.identity(), client.demographics(),
                client.contact(), client.forms(), Set.of(matchKeys), client.createdAt(), client.updatedAt(),
                client.version());
    }

    /** A ticket of {@code organizationId} with a fresh id. */
    public static TicketRecord ticket(String organizationId, TicketStatus status, Instant createdAt) {
        return ticket(unique("ticket"), organizationId, status, createdAt);
    }

    /**
     * A ticket with every optional field filled in (its own idempotency key, an assignee, a
     * resolution), at version 1, in {@code status} since it was created.
     */
    public static TicketRecord ticket(String id, String organizationId, TicketStatus status, Instant createdAt) {
        return new TicketRecord(id, organizationId, unique("reporter"), TicketKind.ISSUE, status,
                "The intake form does not save",
                new TicketContext("intake.form", "form-7", "client:42", "3.2.1", "Mozilla/5.0 (X11; Linux x86_64)"),
                new TicketContact("Sam Reporter", "sam@example.org", "+1 555 0100",
                        TicketContact.ContactMethod.EMAIL),
                "image/png", new TicketIdempotencyKey(unique("key"), "sha256:3f2a"), unique("assignee"),
                "Cleared the browser cache", createdAt, createdAt, createdAt, 1);
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
        return message(topic, unique("aggregate"), createdAt);
    }

    /** A pending message about the record {@code aggregateId}, due at its creation. */
    public static OutboxMessage message(String topic, String aggregateId, Instant createdAt) {
        return OutboxMessage.pending(unique("message"), topic, aggregateId, "{\"ticket\":7}", createdAt);
    }

    /** {@code message} in another status. */
    public static OutboxMessage withStatus(OutboxMessage message, OutboxMessage.Status status) {
        return new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                message.createdAt(), message.attempts(), message.nextAttemptAt(), status, message.lastError(),
                message.queuedAt());
    }

    /** {@code message} as a claim returns it: one more attempt, leased until {@code leaseUntil}. */
    public static OutboxMessage leased(OutboxMessage message, Instant leaseUntil) {
        return new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                message.createdAt(), message.attempts() + 1, leaseUntil, message.status(), message.lastError(),
                message.queuedAt());
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
