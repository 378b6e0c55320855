// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.note;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact;
import org.caseload.spi.storage.tickets.TicketContext;
import org.caseload.spi.storage.tickets.TicketIdempotencyKey;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.tickets.TicketStore}: versioned tickets, idempotency keys
 * unique within an organization, the paged organization queue, and notes that keep the order they
 * were added in. {@link TicketQueryContract} checks the queue's criteria and orders,
 * {@link TicketScreenshotContract} the screenshots.
 */
public interface TicketStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void insertStoresTheTicketAtVersionOneAndReturnsItAsStored() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0)).withVersion(9);

        TicketRecord inserted = storage.inTransaction(session -> session.tickets().insert(ticket));

        assertThat(inserted).isEqualTo(ticket.withVersion(1));
        assertThat(findById(storage, ticket.id())).contains(inserted);
    }

    @Test
    default void ticketInsertKeepsAbsentOptionalFieldsAbsent() {
        Storage storage = storage();
        TicketRecord sparse = new TicketRecord(unique("ticket"), unique("org"), unique("reporter"),
                TicketKind.QUESTION, TicketStatus.SUBMITTED, "How do I merge two clients?",
                new TicketContext("client.search", null, null, null, null),
                new TicketContact("Sam Reporter", null, null, TicketContact.ContactMethod.IN_APP),
                null, null, null, null, at(0), at(3), at(2), 1);

        inUnit(storage, session -> session.tickets().insert(sparse));

        assertThat(findById(storage, sparse.id())).contains(sparse);
    }

    @Test
    default void insertOfAnExistingIdFailsAndKeepsTheStoredTicket() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        inUnit(storage, session -> session.tickets().insert(ticket));
        TicketRecord sameId = ticket.withStatus(TicketStatus.CLOSED, at(1));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.tickets().insert(sameId)))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, ticket.id())).contains(ticket);
    }

    @Test
    default void findByIdOfAnUnknownTicketIsEmpty() {
        assertThat(findById(storage(), unique("ticket"))).isEmpty();
    }

    @Test
    default void ticketUpdateStoresTheNextVersionAndReturnsItAsStored() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        inUnit(storage, session -> session.tickets().insert(ticket));

        TicketRecord second = storage.inTransaction(session ->
                session.tickets().update(ticket.withStatus(TicketStatus.IN_PROGRESS, at(1))));
        TicketRecord third = storage.inTransaction(session ->
                session.tickets().update(second.withStatus(TicketStatus.RESOLVED, at(2))));

        assertThat(second).isEqualTo(ticket.withStatus(TicketStatus.IN_PROGRESS, at(1)).withVersion(2));
        assertThat(third).isEqualTo(ticket.withStatus(TicketStatus.RESOLVED, at(2)).withVersion(3));
        assertThat(findById(storage, ticket.id())).contains(third);
    }

    @Test
    default void ticketUpdateWithAStaleOrFutureVersionFailsAndWritesNothing() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord ticket = ticket(org, TicketStatus.SUBMITTED, at(0));
        TicketRecord current = storage.inTransaction(session -> {
            session.tickets().insert(ticket);
            return session.tickets().update(ticket.withStatus(TicketStatus.IN_PROGRESS, at(1)));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                TicketRecord attempt = current.withStatus(TicketStatus.CLOSED, at(2)).withVersion(wrongVersion);
                assertThatThrownBy(() -> session.tickets().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, ticket.id())).contains(current);
        assertThat(find(storage, new TicketQuery(org, Set.of(TicketStatus.CLOSED), 0, 10))).isEmpty();
    }

    @Test
    default void updateOfAnUnknownTicketFailsWithNotFound() {
        Storage storage = storage();
        TicketRecord unknown = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.tickets().update(unknown)))
                .isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void findReturnsTheOrganizationsTicketsNewestFirstThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("ticket");
        TicketRecord oldest = ticket(prefix + "-a", org, TicketStatus.CLOSED, at(10));
        TicketRecord newest = ticket(prefix + "-b", org, TicketStatus.SUBMITTED, at(30));
        TicketRecord middleSecondById = ticket(prefix + "-d", org, TicketStatus.ESCALATED, at(20));
        TicketRecord middleFirstById = ticket(prefix + "-c", org, TicketStatus.SUBMITTED, at(20));
        TicketRecord otherOrganization = ticket(unique("org"), TicketStatus.SUBMITTED, at(25));
        inUnit(storage, session -> List.of(oldest, newest, middleSecondById, middleFirstById, otherOrganization)
                .forEach(session.tickets()::insert));

        assertThat(find(storage, new TicketQuery(org, Set.of(), 0, 10)))
                .containsExactly(newest, middleFirstById, middleSecondById, oldest);
    }

    @Test
    default void findReturnsOnlyTicketsInTheQueriedStatuses() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord submitted = ticket(org, TicketStatus.SUBMITTED, at(3));
        TicketRecord escalated = ticket(org, TicketStatus.ESCALATED, at(2));
        TicketRecord closed = ticket(org, TicketStatus.CLOSED, at(1));
        inUnit(storage, session -> List.of(submitted, escalated, closed).forEach(session.tickets()::insert));

        assertThat(find(storage, new TicketQuery(org, Set.of(TicketStatus.SUBMITTED, TicketStatus.ESCALATED), 0, 10)))
                .containsExactly(submitted, escalated);
        assertThat(find(storage, new TicketQuery(org, Set.of(TicketStatus.REOPENED), 0, 10))).isEmpty();

        TicketRecord resolved = storage.inTransaction(session ->
                session.tickets().update(submitted.withStatus(TicketStatus.RESOLVED, at(4))));

        assertThat(find(storage, new TicketQuery(org, Set.of(TicketStatus.SUBMITTED), 0, 10))).isEmpty();
        assertThat(find(storage, new TicketQuery(org, Set.of(TicketStatus.RESOLVED), 0, 10)))
                .containsExactly(resolved);
    }

    @Test
    default void findPagesWithOffsetAndLimit() {
        Storage storage = storage();
        String org = unique("org");
        List<TicketRecord> newestFirst = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            newestFirst.add(ticket(org, TicketStatus.SUBMITTED, at(i)));
        }
        inUnit(storage, session -> newestFirst.forEach(session.tickets()::insert));

        assertThat(find(storage, new TicketQuery(org, Set.of(), 0, 3)))
                .containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(find(storage, new TicketQuery(org, Set.of(), 3, 3)))
                .containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(find(storage, new TicketQuery(org, Set.of(), 6, 3)))
                .containsExactlyElementsOf(newestFirst.subList(6, 7));
        assertThat(find(storage, new TicketQuery(org, Set.of(), 7, 3))).isEmpty();
    }

    @Test
    default void notesComeBackInTheOrderTheyWereAdded() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketRecord otherTicket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        String prefix = unique("note");
        TicketNoteRecord first = note(prefix + "-c", ticket.id(), at(50));
        TicketNoteRecord second = note(prefix + "-a", ticket.id(), at(10));
        TicketNoteRecord third = note(prefix + "-b", ticket.id(), at(30));
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().insert(otherTicket);
            session.tickets().addNote(first);
            session.tickets().addNote(note(otherTicket.id(), at(20)));
            session.tickets().addNote(second);
        });
        inUnit(storage, session -> session.tickets().addNote(third));

        assertThat(notes(storage, ticket.id())).containsExactly(first, second, third);
    }

    @Test
    default void notesOfAnUnknownTicketAreEmpty() {
        assertThat(notes(storage(), unique("ticket"))).isEmpty();
    }

    @Test
    default void addNoteToAnUnknownTicketFailsWithNotFound() {
        Storage storage = storage();
        TicketNoteRecord orphan = note(unique("ticket"), at(0));

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.tickets().addNote(orphan);
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(notes(storage, orphan.ticketId())).isEmpty();
    }

    @Test
    default void addNoteWithAnExistingIdFailsAndKeepsTheStoredNote() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketRecord otherTicket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketNoteRecord note = note(ticket.id(), at(1));
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().insert(otherTicket);
            session.tickets().addNote(note);
        });

        for (TicketNoteRecord sameId : List.of(note(note.id(), ticket.id(), at(2)),
                note(note.id(), otherTicket.id(), at(2)))) {
            assertThatThrownBy(() -> storage.inTransaction(session -> {
                session.tickets().addNote(sameId);
                return null;
            })).isInstanceOf(StorageException.class);
        }

        assertThat(notes(storage, ticket.id())).containsExactly(note);
        assertThat(notes(storage, otherTicket.id())).isEmpty();
    }

    @Test
    default void ticketUpdateWritesTheAssigneeTheResolutionAndTheStatusTime() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.RESOLVED, at(0));
        inUnit(storage, session -> session.tickets().insert(ticket));

        TicketRecord reopened = storage.inTransaction(session -> session.tickets().update(
                ticket.withStatus(TicketStatus.REOPENED, at(5)).withResolution(null).withAssignee(null, at(6))));
        TicketRecord assigned = storage.inTransaction(session -> session.tickets().update(
                reopened.withAssignee("u-admin", at(7)).withResolution("Fixed in 4.2.2")));

        assertThat(reopened.statusChangedAt()).isEqualTo(at(5));
        assertThat(reopened.updatedAt()).isEqualTo(at(6));
        assertThat(findById(storage, ticket.id())).contains(assigned);
        assertThat(assigned).isEqualTo(new TicketRecord(ticket.id(), ticket.organizationId(), ticket.reporterUserId(),
                ticket.kind(), TicketStatus.REOPENED, ticket.description(), ticket.context(), ticket.contact(),
                ticket.screenshotMediaType(), ticket.idempotencyKey(), "u-admin", "Fixed in 4.2.2",
                ticket.createdAt(), at(7), at(5), 3));
    }

    @Test
    default void findByIdempotencyKeyFindsTheTicketOfThatOrganizationOnly() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        String key = ticket.idempotencyKey().key();
        inUnit(storage, session -> session.tickets().insert(ticket));

        TicketRecord updated = storage.inTransaction(session ->
                session.tickets().update(ticket.withStatus(TicketStatus.IN_PROGRESS, at(1))));

        inUnit(storage, session -> {
            assertThat(session.tickets().findByIdempotencyKey(ticket.organizationId(), key)).contains(updated);
            assertThat(session.tickets().findByIdempotencyKey(unique("org"), key)).isEmpty();
            assertThat(session.tickets().findByIdempotencyKey(ticket.organizationId(), unique("key"))).isEmpty();
        });
    }

    @Test
    default void anIdempotencyKeyIsUniqueWithinItsOrganizationOnly() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord first = ticket(org, TicketStatus.SUBMITTED, at(0));
        TicketRecord sameKey = withIdempotencyKey(ticket(org, TicketStatus.SUBMITTED, at(1)), first.idempotencyKey());
        TicketRecord sameKeyElsewhere = withIdempotencyKey(ticket(unique("org"), TicketStatus.SUBMITTED, at(1)),
                first.idempotencyKey());
        inUnit(storage, session -> session.tickets().insert(first));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.tickets().insert(sameKey)))
                .isInstanceOf(StorageException.class);
        inUnit(storage, session -> session.tickets().insert(sameKeyElsewhere));

        assertThat(findById(storage, sameKey.id())).isEmpty();
        assertThat(findById(storage, sameKeyElsewhere.id())).contains(sameKeyElsewhere);
        Optional<TicketRecord> found = storage.inTransaction(session -> session.tickets()
                .findByIdempotencyKey(org, first.idempotencyKey().key()));
        assertThat(found).contains(first);
    }

    @Test
    default void ofConcurrentInsertsUnderOneIdempotencyKeyExactlyOneIsKept() throws Exception {
        Storage storage = storage();
        String org = unique("org");
        TicketIdempotencyKey key = new TicketIdempotencyKey(unique("key"), "sha256:3f2a");
        int writers = 6;
        ExecutorService executor = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                TicketRecord ticket = withIdempotencyKey(ticket(org, TicketStatus.SUBMITTED, at(writer)), key);
                running.add(executor.submit(() -> {
                    start.await();
                    try {
                        inUnit(storage, session -> session.tickets().insert(ticket));
                    } catch (StorageException expected) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(refused).hasValue(writers - 1);
        assertThat(find(storage, new TicketQuery(org, Set.of(), 0, 10))).singleElement()
                .extracting(TicketRecord::idempotencyKey).isEqualTo(key);
    }

    @Test
    default void ticketsWithoutAnIdempotencyKeyNeverClash() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord first = withIdempotencyKey(ticket(org, TicketStatus.SUBMITTED, at(0)), null);
        TicketRecord second = withIdempotencyKey(ticket(org, TicketStatus.SUBMITTED, at(1)), null);

        inUnit(storage, session -> {
            session.tickets().insert(first);
            session.tickets().insert(second);
        });

        assertThat(find(storage, new TicketQuery(org, Set.of(), 0, 10))).containsExactly(second, first);
    }

    private static Optional<TicketRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.tickets().findById(id));
    }

    private static List<TicketRecord> find(Storage storage, TicketQuery query) {
        return storage.inTransaction(session -> session.tickets().find(query));
    }

    private static List<TicketNoteRecord> notes(Storage storage, String ticketId) {
        return storage.inTransaction(session -> session.tickets().notes(ticketId));
    }

    private static TicketRecord withIdempotencyKey(TicketRecord ticket, TicketIdempotencyKey key) {
        return new TicketRecord(ticket.id(), ticket.organizationId(), ticket.reporterUserId(), ticket.kind(),
                ticket.status(), ticket.description(), ticket.context(), ticket.contact(), ticket.screenshotMediaType(),
                key, ticket.assigneeUserId(), ticket.resolution(), ticket.createdAt(), ticket.updatedAt(),
                ticket.statusChangedAt(), ticket.version());
    }

    @Test
    default void theEscalationRoundAndWhetherTheTicketIsWithTheVendorComeBackAsWritten() {
        Storage storage = storage();
        TicketRecord stored = storage.inTransaction(session -> session.tickets()
                .insert(ticket(unique("org"), TicketStatus.SUBMITTED, at(0))));
        assertThat(stored.escalationRound()).isZero();
        assertThat(stored.withVendor()).isFalse();

        TicketRecord escalated = storage.inTransaction(session -> session.tickets().update(stored
                .withStatus(TicketStatus.ESCALATED, at(1)).withEscalation(2, true)));
        assertThat(session(storage, stored.id())).isEqualTo(escalated);
        assertThat(escalated.escalationRound()).isEqualTo(2);
        assertThat(escalated.withVendor()).isTrue();

        TicketRecord withdrawn = storage.inTransaction(session -> session.tickets().update(escalated
                .withStatus(TicketStatus.IN_PROGRESS, at(2)).withEscalation(2, false)));
        assertThat(session(storage, stored.id())).isEqualTo(withdrawn);
    }

    private static TicketRecord session(Storage storage, String id) {
        return storage.inTransaction(session -> session.tickets().findById(id)).orElseThrow();
    }
}
