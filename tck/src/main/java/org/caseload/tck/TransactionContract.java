// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.auditEntry;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.leased;
import static org.caseload.tck.TckFixtures.message;
import static org.caseload.tck.TckFixtures.note;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withLastName;
import static org.caseload.tck.TckFixtures.withMatchKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.storage.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Storage#inTransaction}: a unit of work commits everything it wrote or,
 * when it throws, leaves no trace in any store and rethrows what it threw; it reads its own
 * writes; and a unit started inside another joins it.
 */
public interface TransactionContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void inTransactionReturnsTheResultOfTheUnitIncludingNull() {
        Storage storage = storage();

        String result = storage.inTransaction(session -> "result");
        Object nothing = storage.inTransaction(session -> null);

        assertThat(result).isEqualTo("result");
        assertThat(nothing).isNull();
    }

    @Test
    default void aSessionHandsOutTheSameTicketStoreEveryTime() {
        inUnit(storage(), session -> assertThat(session.tickets()).isSameAs(session.tickets()));
    }

    @Test
    default void aUnitThatReturnsCommitsItsWritesToEveryStore() {
        Storage storage = storage();
        EveryKindOfRecord written = EveryKindOfRecord.create();

        inUnit(storage, written::writeTo);

        written.assertPresentIn(storage);
    }

    @Test
    default void aUnitThatThrowsLeavesNoTraceInAnyStoreAndRethrowsTheSameException() {
        Storage storage = storage();
        EveryKindOfRecord written = EveryKindOfRecord.create();

        inRolledBackUnit(storage, written::writeTo);

        written.assertAbsentFrom(storage);
        inUnit(storage, written::writeTo);
        written.assertPresentIn(storage);
    }

    @Test
    default void aUnitThatThrowsAnErrorLeavesNoTrace() {
        Storage storage = storage();
        EveryKindOfRecord written = EveryKindOfRecord.create();
        Error error = new AssertionError("an error thrown on purpose by the TCK");

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            written.writeTo(session);
            throw error;
        })).isSameAs(error);

        written.assertAbsentFrom(storage);
    }

    @Test
    default void aUnitThatThrowsACheckedExceptionLeavesNoTrace() {
        Storage storage = storage();
        EveryKindOfRecord written = EveryKindOfRecord.create();
        Exception checked = new Exception("a checked exception thrown on purpose by the TCK, as Kotlin may");

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            written.writeTo(session);
            throw TransactionContract.<RuntimeException>throwUnchecked(checked);
        })).isSameAs(checked);

        written.assertAbsentFrom(storage);
    }

    @Test
    default void aUnitThatThrowsUndoesItsUpdates() {
        Storage storage = storage();
        String oldKey = unique("key");
        String newKey = unique("key");
        String topic = unique("topic");
        ClientRecord client = client(unique("org"), oldKey);
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        OutboxMessage toClaim = message(topic, at(1));
        OutboxMessage toDeliver = message(topic, at(2));
        OutboxMessage toFail = message(topic, at(3));
        inUnit(storage, session -> {
            session.clients().insert(client);
            session.tickets().insert(ticket);
            List.of(toClaim, toDeliver, toFail).forEach(session.outbox()::append);
        });

        inRolledBackUnit(storage, session -> {
            session.clients().update(withMatchKeys(withLastName(client, "byron"), newKey));
            session.tickets().update(ticket.withStatus(TicketStatus.CLOSED, at(5)));
            session.tickets().addNote(note(ticket.id(), at(5)));
            session.outbox().claimDue(Set.of(topic), at(1), at(60), 1);
            session.outbox().markDelivered(toDeliver.id());
            session.outbox().markFailed(toFail.id(), "HTTP 503", null);
        });

        inUnit(storage, session -> {
            assertThat(session.clients().findById(client.id())).contains(client);
            assertThat(session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(oldKey), Set.of(), 10)))
                    .containsExactly(client);
            assertThat(session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(newKey), Set.of(), 10)))
                    .isEmpty();
            assertThat(session.tickets().findById(ticket.id())).contains(ticket);
            assertThat(session.tickets().notes(ticket.id())).isEmpty();
            assertThat(session.outbox().findById(toClaim.id())).contains(toClaim);
            assertThat(session.outbox().findById(toDeliver.id())).contains(toDeliver);
            assertThat(session.outbox().findById(toFail.id())).contains(toFail);
        });
    }

    @Test
    default void aUnitReadsItsOwnWrites() {
        Storage storage = storage();
        String org = unique("org");
        String key = unique("key");
        String topic = unique("topic");

        inUnit(storage, session -> {
            ClientRecord client = session.clients().insert(client(org, key));
            assertThat(session.clients().findById(client.id())).contains(client);
            ClientRecord renamed = session.clients().update(withLastName(client, "byron"));
            assertThat(session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(key), Set.of(org), 10)))
                    .containsExactly(renamed);

            TicketRecord ticket = session.tickets().insert(ticket(org, TicketStatus.SUBMITTED, at(0)));
            assertThat(session.tickets().find(new TicketQuery(org, Set.of(), 0, 10))).containsExactly(ticket);
            TicketNoteRecord note = note(ticket.id(), at(1));
            session.tickets().addNote(note);
            assertThat(session.tickets().notes(ticket.id())).containsExactly(note);

            AuditEntry entry = auditEntry(org, unique("user"), client.id(), at(2));
            session.audit().append(entry);
            assertThat(session.audit().find(AuditQuery.forOrganization(org, 10))).containsExactly(entry);

            OutboxMessage message = message(topic, at(3));
            session.outbox().append(message);
            assertThat(session.outbox().claimDue(Set.of(topic), at(3), at(60), 10))
                    .containsExactly(leased(message, at(60)));
            assertThat(session.outbox().findById(message.id())).contains(leased(message, at(60)));
        });
    }

    @Test
    default void aNestedUnitJoinsTheOuterUnitAndCommitsWithIt() {
        Storage storage = storage();
        ClientRecord outerClient = client(unique("org"));
        ClientRecord innerClient = client(unique("org"));

        inUnit(storage, outer -> {
            outer.clients().insert(outerClient);
            String innerResult = storage.inTransaction(inner -> {
                assertThat(inner.clients().findById(outerClient.id())).isPresent();
                inner.clients().insert(innerClient);
                return "inner result";
            });
            assertThat(innerResult).isEqualTo("inner result");
            assertThat(outer.clients().findById(innerClient.id())).isPresent();
        });

        inUnit(storage, session -> {
            assertThat(session.clients().findById(outerClient.id())).isPresent();
            assertThat(session.clients().findById(innerClient.id())).isPresent();
        });
    }

    @Test
    default void aNestedUnitIsRolledBackWhenTheOuterUnitThrows() {
        Storage storage = storage();
        EveryKindOfRecord outerWrites = EveryKindOfRecord.create();
        EveryKindOfRecord innerWrites = EveryKindOfRecord.create();

        inRolledBackUnit(storage, outer -> {
            outerWrites.writeTo(outer);
            inUnit(storage, innerWrites::writeTo);
        });

        outerWrites.assertAbsentFrom(storage);
        innerWrites.assertAbsentFrom(storage);
    }

    /**
     * For any sequence of committed and rolled-back client inserts and updates, the store holds
     * exactly what the committed units wrote, and its match-key index agrees with it. Each step's
     * number encodes the step: its parity whether the unit commits, then which of three match keys
     * it writes, whether it inserts or updates, and which committed client an update changes.
     */
    @Property(tries = 50)
    default void committedUnitsAreKeptAndRolledBackUnitsLeaveNoTrace(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 999) Integer> steps) {
        Storage storage = storage();
        String keyPrefix = unique("key");
        List<String> keys = List.of(keyPrefix + "-0", keyPrefix + "-1", keyPrefix + "-2");
        Map<String, ClientRecord> committed = new TreeMap<>();
        List<String> writtenIds = new ArrayList<>();
        for (int step : steps) {
            String key = keys.get(step / 2 % keys.size());
            UnitOfWork<ClientRecord> write;
            if (committed.isEmpty() || step / 6 % 2 == 0) {
                ClientRecord client = client(unique("org"), key);
                writtenIds.add(client.id());
                write = session -> session.clients().insert(client);
            } else {
                List<ClientRecord> candidates = List.copyOf(committed.values());
                ClientRecord current = candidates.get(step / 12 % candidates.size());
                write = session -> session.clients().update(withMatchKeys(withLastName(current, "n" + step), key));
            }
            if (step % 2 == 0) {
                ClientRecord stored = storage.inTransaction(write);
                committed.put(stored.id(), stored);
            } else {
                inRolledBackUnit(storage, write::run);
            }
        }

        inUnit(storage, session -> {
            for (String id : writtenIds) {
                assertThat(session.clients().findById(id)).isEqualTo(Optional.ofNullable(committed.get(id)));
            }
            for (String key : keys) {
                assertThat(session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(key), Set.of(), 1_000)))
                        .containsExactlyElementsOf(committed.values().stream()
                                .filter(client -> client.matchKeys().contains(key))
                                .toList());
            }
        });
    }

    /** Throws {@code failure} without declaring it, as code compiled from other JVM languages can. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException throwUnchecked(Throwable failure) throws E {
        throw (E) failure;
    }
}
