// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.UnaryOperator;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/**
 * The checks the stores of a client's history (case notes, services delivered) share: versioned
 * inserts, updates and deletes, and the listing newest first. Each store's contract calls them with
 * the {@link Kit} of its store, so the two contracts keep their own test names.
 */
final class ClientHistoryChecks {

    private ClientHistoryChecks() {
    }

    /** One store of a unit of work, as the checks use it. */
    record Store<R>(UnaryOperator<R> insert, UnaryOperator<R> update, ObjLongConsumer<String> delete,
                    Function<String, Optional<R>> findById, Function<ClientHistoryQuery, List<R>> findByClient) {
    }

    /** Makes a record: id, organization, client, its date, its creation time. */
    @FunctionalInterface
    interface Maker<R> {
        R make(String id, String organizationId, String clientId, LocalDate date, Instant createdAt);
    }

    /** Changes a record's content, its date and its update time. */
    @FunctionalInterface
    interface Editor<R> {
        R edit(R record, LocalDate date, Instant updatedAt);
    }

    /**
     * What the checks need of one kind of record.
     *
     * @param store       the store of a session
     * @param maker       a record with every optional field filled in, at version 1
     * @param editor      a record with other content
     * @param idOf        a record's id
     * @param withVersion a record at another version
     */
    record Kit<R>(Function<StorageSession, Store<R>> store, Maker<R> maker, Editor<R> editor,
                  Function<R, String> idOf, BiFunction<R, Long, R> withVersion) {

        R fresh(String organizationId, String clientId, LocalDate date, Instant createdAt) {
            return maker.make(unique("record"), organizationId, clientId, date, createdAt);
        }

        Optional<R> findById(Storage storage, String id) {
            return storage.inTransaction(session -> store.apply(session).findById().apply(id));
        }

        List<R> findByClient(Storage storage, ClientHistoryQuery query) {
            return storage.inTransaction(session -> store.apply(session).findByClient().apply(query));
        }

        void insertAll(Storage storage, List<R> records) {
            inUnit(storage, session -> records.forEach(store.apply(session).insert()::apply));
        }
    }

    static <R> void insertStoresItAtVersionOne(Storage storage, Kit<R> kit) {
        R record = kit.withVersion().apply(kit.fresh(unique("org"), unique("client"), day(0), at(0)), 6L);

        R inserted = storage.inTransaction(session -> kit.store().apply(session).insert().apply(record));

        assertThat(inserted).isEqualTo(kit.withVersion().apply(record, 1L));
        assertThat(kit.findById(storage, kit.idOf().apply(record))).contains(inserted);
    }

    static <R> void insertOfAnExistingIdFailsAndKeepsTheStoredRecord(Storage storage, Kit<R> kit) {
        R record = kit.fresh(unique("org"), unique("client"), day(0), at(0));
        kit.insertAll(storage, List.of(record));
        String id = kit.idOf().apply(record);

        assertThatThrownBy(() -> storage.inTransaction(session -> kit.store().apply(session).insert().apply(
                kit.maker().make(id, unique("org"), unique("client"), day(1), at(1)))))
                .isInstanceOf(StorageException.class);

        assertThat(kit.findById(storage, id)).contains(record);
    }

    static <R> void updateStoresTheNextVersion(Storage storage, Kit<R> kit) {
        R record = kit.fresh(unique("org"), unique("client"), day(0), at(0));
        kit.insertAll(storage, List.of(record));
        R edited = kit.editor().edit(record, day(1), at(5));

        R updated = storage.inTransaction(session -> kit.store().apply(session).update().apply(edited));

        assertThat(updated).isEqualTo(kit.withVersion().apply(edited, 2L));
        assertThat(kit.findById(storage, kit.idOf().apply(record))).contains(updated);
    }

    static <R> void updateAndDeleteWithAStaleVersionFailAndWriteNothing(Storage storage, Kit<R> kit) {
        R record = kit.fresh(unique("org"), unique("client"), day(0), at(0));
        String id = kit.idOf().apply(record);
        R current = storage.inTransaction(session -> {
            Store<R> store = kit.store().apply(session);
            store.insert().apply(record);
            return store.update().apply(kit.editor().edit(record, day(0), at(1)));
        });

        inUnit(storage, session -> {
            Store<R> store = kit.store().apply(session);
            for (long wrongVersion : new long[] {1, 3}) {
                R attempt = kit.withVersion().apply(kit.editor().edit(current, day(2), at(2)), wrongVersion);
                assertThatThrownBy(() -> store.update().apply(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
                assertThatThrownBy(() -> store.delete().accept(id, wrongVersion))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(kit.findById(storage, id)).contains(current);
    }

    static <R> void unknownRecordsCannotBeUpdatedOrDeleted(Storage storage, Kit<R> kit) {
        R unknown = kit.fresh(unique("org"), unique("client"), day(0), at(0));
        String id = kit.idOf().apply(unknown);

        assertThatThrownBy(() -> storage.inTransaction(session -> kit.store().apply(session).update().apply(unknown)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> kit.store().apply(session).delete().accept(id, 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(kit.findById(storage, id)).isEmpty();
    }

    static <R> void deleteRemovesTheRecord(Storage storage, Kit<R> kit) {
        String client = unique("client");
        R record = kit.fresh(unique("org"), client, day(0), at(0));
        kit.insertAll(storage, List.of(record));

        inUnit(storage, session -> kit.store().apply(session).delete().accept(kit.idOf().apply(record), 1));

        assertThat(kit.findById(storage, kit.idOf().apply(record))).isEmpty();
        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).isEmpty();
    }

    /** Latest date first, then latest created, then by id; within the organizations asked for; at most the limit. */
    static <R> void findByClientListsNewestFirst(Storage storage, Kit<R> kit) {
        String org = unique("org");
        String client = unique("client");
        String prefix = unique("record");
        Maker<R> maker = kit.maker();
        R oldest = maker.make(prefix + "-a", org, client, day(1), at(50));
        R latestEarlierCreated = maker.make(prefix + "-b", org, client, day(9), at(10));
        R latestLaterCreatedSecondById = maker.make(prefix + "-d", org, client, day(9), at(20));
        R latestLaterCreatedFirstById = maker.make(prefix + "-c", org, client, day(9), at(20));
        R otherOrganization = kit.fresh(unique("org"), client, day(3), at(3));
        R otherClient = kit.fresh(org, unique("client"), day(5), at(5));
        kit.insertAll(storage, List.of(oldest, latestEarlierCreated, latestLaterCreatedSecondById,
                latestLaterCreatedFirstById, otherOrganization, otherClient));

        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(org), 10))).containsExactly(
                latestLaterCreatedFirstById, latestLaterCreatedSecondById, latestEarlierCreated, oldest);
        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).containsExactly(
                latestLaterCreatedFirstById, latestLaterCreatedSecondById, latestEarlierCreated, otherOrganization,
                oldest);
        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(org), 2)))
                .containsExactly(latestLaterCreatedFirstById, latestLaterCreatedSecondById);
        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(), 1)))
                .containsExactly(latestLaterCreatedFirstById);
    }

    static <R> void aUnitThatThrowsLeavesNoChange(Storage storage, Kit<R> kit) {
        String client = unique("client");
        R edited = kit.fresh(unique("org"), client, day(0), at(0));
        R deleted = kit.fresh(unique("org"), client, day(1), at(1));
        R inserted = kit.fresh(unique("org"), client, day(2), at(2));
        kit.insertAll(storage, List.of(edited, deleted));

        inRolledBackUnit(storage, session -> {
            Store<R> store = kit.store().apply(session);
            store.insert().apply(inserted);
            store.update().apply(kit.editor().edit(edited, day(0), at(3)));
            store.delete().accept(kit.idOf().apply(deleted), 1);
        });

        assertThat(kit.findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10)))
                .containsExactly(deleted, edited);
    }
}
