// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.caseNote;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.CaseNoteStore}: versioned edits and deletes, and
 * a client's notes newest first, within the organizations asked for.
 */
public interface CaseNoteStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void caseNoteInsertStoresItAtVersionOne() {
        Storage storage = storage();
        CaseNoteRecord note = caseNote(unique("org"), unique("client"), day(0), at(0)).withVersion(3);

        CaseNoteRecord inserted = storage.inTransaction(session -> session.caseNotes().insert(note));

        assertThat(inserted).isEqualTo(note.withVersion(1));
        assertThat(findById(storage, note.id())).contains(inserted);
    }

    @Test
    default void caseNoteInsertKeepsAnAbsentEnrollmentAbsentAndTheReadOnlyFlag() {
        Storage storage = storage();
        CaseNoteRecord full = caseNote(unique("org"), unique("client"), day(0), at(0));
        CaseNoteRecord sparse = new CaseNoteRecord(full.id(), full.organizationId(), full.clientId(), null,
                full.noteDate(), full.authorUserId(), full.authorName(), "Intake", "Ünïcode text, \"quoted\"\nnew line",
                true, full.createdAt(), at(1), 1);

        inUnit(storage, session -> session.caseNotes().insert(sparse));

        assertThat(findById(storage, sparse.id())).contains(sparse);
    }

    @Test
    default void caseNoteInsertOfAnExistingIdFailsAndKeepsTheStoredNote() {
        Storage storage = storage();
        CaseNoteRecord note = caseNote(unique("org"), unique("client"), day(0), at(0));
        inUnit(storage, session -> session.caseNotes().insert(note));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.caseNotes().insert(
                caseNote(note.id(), unique("org"), unique("client"), day(1), at(1)))))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, note.id())).contains(note);
    }

    @Test
    default void caseNoteUpdateStoresTheNextVersion() {
        Storage storage = storage();
        CaseNoteRecord note = caseNote(unique("org"), unique("client"), day(0), at(0));
        inUnit(storage, session -> session.caseNotes().insert(note));
        CaseNoteRecord edited = note.withContent(day(1), "Housing search, revised", "Signed the lease.", true, at(5));

        CaseNoteRecord updated = storage.inTransaction(session -> session.caseNotes().update(edited));

        assertThat(updated).isEqualTo(edited.withVersion(2));
        assertThat(findById(storage, note.id())).contains(updated);
    }

    @Test
    default void caseNoteUpdateAndDeleteWithAStaleVersionFailAndWriteNothing() {
        Storage storage = storage();
        CaseNoteRecord note = caseNote(unique("org"), unique("client"), day(0), at(0));
        CaseNoteRecord current = storage.inTransaction(session -> {
            session.caseNotes().insert(note);
            return session.caseNotes().update(note.withContent(day(0), "Second", "Second text", false, at(1)));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                CaseNoteRecord attempt = current.withContent(day(2), "Third", "Third text", false, at(2))
                        .withVersion(wrongVersion);
                assertThatThrownBy(() -> session.caseNotes().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
                assertThatThrownBy(() -> session.caseNotes().delete(note.id(), wrongVersion))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, note.id())).contains(current);
    }

    @Test
    default void unknownNotesCannotBeUpdatedOrDeleted() {
        Storage storage = storage();
        CaseNoteRecord unknown = caseNote(unique("org"), unique("client"), day(0), at(0));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.caseNotes().update(unknown)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.caseNotes().delete(unknown.id(), 1);
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void deleteRemovesTheNote() {
        Storage storage = storage();
        String client = unique("client");
        CaseNoteRecord note = caseNote(unique("org"), client, day(0), at(0));
        inUnit(storage, session -> session.caseNotes().insert(note));

        inUnit(storage, session -> session.caseNotes().delete(note.id(), 1));

        assertThat(findById(storage, note.id())).isEmpty();
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).isEmpty();
    }

    @Test
    default void findByClientReturnsLatestNoteDateFirstThenLatestCreatedThenById() {
        Storage storage = storage();
        String org = unique("org");
        String client = unique("client");
        String prefix = unique("note");
        CaseNoteRecord oldest = caseNote(prefix + "-a", org, client, day(1), at(50));
        CaseNoteRecord latestDateEarlierCreated = caseNote(prefix + "-b", org, client, day(9), at(10));
        CaseNoteRecord latestDateLaterCreatedSecondById = caseNote(prefix + "-d", org, client, day(9), at(20));
        CaseNoteRecord latestDateLaterCreatedFirstById = caseNote(prefix + "-c", org, client, day(9), at(20));
        CaseNoteRecord otherClient = caseNote(org, unique("client"), day(5), at(5));
        inUnit(storage, session -> List.of(oldest, latestDateEarlierCreated, latestDateLaterCreatedSecondById,
                latestDateLaterCreatedFirstById, otherClient).forEach(session.caseNotes()::insert));

        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).containsExactly(
                latestDateLaterCreatedFirstById, latestDateLaterCreatedSecondById, latestDateEarlierCreated, oldest);
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(org), 2))).containsExactly(
                latestDateLaterCreatedFirstById, latestDateLaterCreatedSecondById);
    }

    @Test
    default void findByClientSelectsTheOrganizationsAskedFor() {
        Storage storage = storage();
        String client = unique("client");
        String orgA = unique("org");
        String orgB = unique("org");
        CaseNoteRecord ofA = caseNote(orgA, client, day(1), at(1));
        CaseNoteRecord ofB = caseNote(orgB, client, day(2), at(2));
        CaseNoteRecord ofC = caseNote(unique("org"), client, day(3), at(3));
        inUnit(storage, session -> List.of(ofA, ofB, ofC).forEach(session.caseNotes()::insert));

        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(orgA), 10))).containsExactly(ofA);
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(orgA, orgB), 10)))
                .containsExactly(ofB, ofA);
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).containsExactly(ofC, ofB, ofA);
    }

    @Test
    default void aUnitThatThrowsLeavesNoCaseNoteChange() {
        Storage storage = storage();
        String client = unique("client");
        CaseNoteRecord edited = caseNote(unique("org"), client, day(0), at(0));
        CaseNoteRecord deleted = caseNote(unique("org"), client, day(1), at(1));
        CaseNoteRecord inserted = caseNote(unique("org"), client, day(2), at(2));
        inUnit(storage, session -> List.of(edited, deleted).forEach(session.caseNotes()::insert));

        inRolledBackUnit(storage, session -> {
            session.caseNotes().insert(inserted);
            session.caseNotes().update(edited.withContent(day(0), "Changed", "Changed", true, at(3)));
            session.caseNotes().delete(deleted.id(), 1);
        });

        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10)))
                .containsExactly(deleted, edited);
    }

    private static Optional<CaseNoteRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.caseNotes().findById(id));
    }

    private static List<CaseNoteRecord> findByClient(Storage storage, ClientHistoryQuery query) {
        return storage.inTransaction(session -> session.caseNotes().findByClient(query));
    }
}
