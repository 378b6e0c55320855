// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.CaseworkFixtures.caseNote;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.CaseNoteStore;
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
        ClientHistoryChecks.insertStoresItAtVersionOne(storage(), kit());
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
        ClientHistoryChecks.insertOfAnExistingIdFailsAndKeepsTheStoredRecord(storage(), kit());
    }

    @Test
    default void caseNoteUpdateStoresTheNextVersion() {
        ClientHistoryChecks.updateStoresTheNextVersion(storage(), kit());
    }

    @Test
    default void caseNoteUpdateAndDeleteWithAStaleVersionFailAndWriteNothing() {
        ClientHistoryChecks.updateAndDeleteWithAStaleVersionFailAndWriteNothing(storage(), kit());
    }

    @Test
    default void unknownNotesCannotBeUpdatedOrDeleted() {
        ClientHistoryChecks.unknownRecordsCannotBeUpdatedOrDeleted(storage(), kit());
    }

    @Test
    default void deleteRemovesTheNote() {
        ClientHistoryChecks.deleteRemovesTheRecord(storage(), kit());
    }

    @Test
    default void findByClientReturnsLatestNoteDateFirstThenLatestCreatedThenById() {
        ClientHistoryChecks.findByClientListsNewestFirst(storage(), kit());
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
        ClientHistoryChecks.aUnitThatThrowsLeavesNoChange(storage(), kit());
    }

    private static ClientHistoryChecks.Kit<CaseNoteRecord> kit() {
        return new ClientHistoryChecks.Kit<>(
                session -> {
                    CaseNoteStore notes = session.caseNotes();
                    return new ClientHistoryChecks.Store<>(notes::insert, notes::update, notes::delete,
                            notes::findById, notes::findByClient);
                },
                CaseworkFixtures::caseNote,
                (note, date, updatedAt) -> note.withContent(date, "Housing search, revised", "Signed the lease.",
                        !note.readOnly(), updatedAt),
                CaseNoteRecord::id, CaseNoteRecord::withVersion);
    }

    private static Optional<CaseNoteRecord> findById(Storage storage, String id) {
        return kit().findById(storage, id);
    }

    private static List<CaseNoteRecord> findByClient(Storage storage, ClientHistoryQuery query) {
        return kit().findByClient(storage, query);
    }
}
