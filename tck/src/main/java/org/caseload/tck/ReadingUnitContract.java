// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.auditEntry;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.tck.TckFixtures.IntendedFailure;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Storage#inReadingTransaction}: a reading unit reads what is committed and
 * its result comes back; the audit entries it appends are stored when it returns and gone when it
 * throws, what it threw rethrown unchanged; started inside a unit, it joins that unit; reading units
 * on many threads at once lose no audit entry; and a write it may not make, if refused, changes
 * nothing.
 */
public interface ReadingUnitContract {

    /** How many threads run reading units at once. */
    int READERS = 8;

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void aReadingUnitReadsWhatIsCommittedAndReturnsItsResultIncludingNull() {
        Storage storage = storage();
        ClientRecord client = client(unique("org"));
        inUnit(storage, session -> session.clients().insert(client));

        Optional<ClientRecord> found = storage.inReadingTransaction(session -> session.clients().findById(client.id()));
        Object nothing = storage.inReadingTransaction(session -> null);

        assertThat(found).map(ClientRecord::id).contains(client.id());
        assertThat(nothing).isNull();
    }

    @Test
    default void theAuditEntriesOfAReadingUnitAreStoredWhenItReturns() {
        Storage storage = storage();
        String org = unique("org");
        AuditEntry entry = auditEntry(org, unique("user"), unique("client"), at(1));

        storage.inReadingTransaction(session -> {
            session.audit().append(entry);
            return null;
        });

        assertThat(auditOf(storage, org)).containsExactly(entry);
    }

    @Test
    default void aReadingUnitThatThrowsLeavesNoAuditEntryAndRethrowsTheSameException() {
        Storage storage = storage();
        String org = unique("org");
        IntendedFailure failure = new IntendedFailure();

        assertThatThrownBy(() -> storage.inReadingTransaction(session -> {
            session.audit().append(auditEntry(org, unique("user"), unique("client"), at(1)));
            throw failure;
        })).isSameAs(failure);

        assertThat(auditOf(storage, org)).isEmpty();
    }

    @Test
    default void aReadingUnitStartedInsideAUnitJoinsIt() {
        Storage storage = storage();
        String org = unique("org");
        ClientRecord client = client(org);
        IntendedFailure failure = new IntendedFailure();

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.clients().insert(client);
            Optional<ClientRecord> seen = storage.inReadingTransaction(inner -> {
                inner.audit().append(auditEntry(org, unique("user"), client.id(), at(1)));
                return inner.clients().findById(client.id());
            });
            assertThat(seen).as("the outer unit's own write, seen by the reading unit that joined it").isPresent();
            throw failure;
        })).isSameAs(failure);

        Optional<ClientRecord> stored = storage.inTransaction(session -> session.clients().findById(client.id()));
        assertThat(stored).isEmpty();
        assertThat(auditOf(storage, org)).isEmpty();
    }

    @Test
    default void readingUnitsOnManyThreadsAtOnceLoseNoAuditEntry() throws Exception {
        Storage storage = storage();
        String org = unique("org");
        ClientRecord client = client(org);
        inUnit(storage, session -> session.clients().insert(client));
        int unitsPerThread = 25;
        List<Callable<List<String>>> readers = new ArrayList<>();
        for (int reader = 0; reader < READERS; reader++) {
            readers.add(() -> {
                List<String> appended = new ArrayList<>();
                for (int i = 0; i < unitsPerThread; i++) {
                    AuditEntry entry = auditEntry(org, unique("user"), client.id(), at(i));
                    storage.inReadingTransaction(session -> {
                        assertThat(session.clients().findById(client.id())).isPresent();
                        session.audit().append(entry);
                        return null;
                    });
                    appended.add(entry.id());
                }
                return appended;
            });
        }

        List<String> appended = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(READERS);
        try {
            for (Future<List<String>> done : executor.invokeAll(readers, 60, SECONDS)) {
                appended.addAll(done.get());
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(auditOf(storage, org)).extracting(AuditEntry::id).containsExactlyInAnyOrderElementsOf(appended);
    }

    @Test
    default void aWriteInAReadingUnitIsEitherRefusedWithNothingChangedOrCommitted() {
        Storage storage = storage();
        ClientRecord client = client(unique("org"));

        boolean refused;
        try {
            storage.inReadingTransaction(session -> session.clients().insert(client));
            refused = false;
        } catch (StorageException refusal) {
            refused = true;
        }

        Optional<ClientRecord> stored = storage.inTransaction(session -> session.clients().findById(client.id()));
        assertThat(stored.isPresent()).as("the client is stored unless the write was refused").isNotEqualTo(refused);
    }

    private static List<AuditEntry> auditOf(Storage storage, String organizationId) {
        return storage.inTransaction((StorageSession session) ->
                session.audit().find(AuditQuery.forOrganization(organizationId, 1000)));
    }
}
