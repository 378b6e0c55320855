// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.auditEntry;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.audit.AuditStore;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.audit.AuditStore}: an append-only log selected by
 * organization, user, record and time window, oldest first, a page at a time.
 */
public interface AuditStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void appendedEntriesAreFoundWithEveryFieldAsWritten() {
        Storage storage = storage();
        String userId = unique("user");
        AuditEntry full = auditEntry(unique("org"), userId, unique("client"), at(1));
        AuditEntry sparse = new AuditEntry(unique("audit"), at(2), userId, null, "session.login",
                AuditEntry.Outcome.DENIED, null, null, null);

        inUnit(storage, session -> {
            session.audit().append(full);
            session.audit().append(sparse);
        });

        assertThat(find(storage, new AuditQuery(null, userId, null, null, null, 10))).containsExactly(full, sparse);
    }

    @Test
    default void findReturnsEntriesOldestFirstThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("audit");
        AuditEntry newest = auditEntry(prefix + "-a", org, unique("user"), null, at(30));
        AuditEntry oldest = auditEntry(prefix + "-b", org, unique("user"), null, at(10));
        AuditEntry middleSecondById = auditEntry(prefix + "-d", org, unique("user"), null, at(20));
        AuditEntry middleFirstById = auditEntry(prefix + "-c", org, unique("user"), null, at(20));
        inUnit(storage, session -> List.of(newest, oldest, middleSecondById, middleFirstById)
                .forEach(session.audit()::append));

        assertThat(find(storage, AuditQuery.forOrganization(org, 10)))
                .containsExactly(oldest, middleFirstById, middleSecondById, newest);
    }

    @Test
    default void findSelectsByOrganizationUserAndRecord() {
        Storage storage = storage();
        String org = unique("org");
        String user = unique("user");
        String record = unique("client");
        AuditEntry match = auditEntry(org, user, record, at(1));
        AuditEntry otherOrganization = auditEntry(unique("org"), user, record, at(2));
        AuditEntry otherUser = auditEntry(org, unique("user"), record, at(3));
        AuditEntry otherRecord = auditEntry(org, user, unique("client"), at(4));
        AuditEntry noOrganization = auditEntry(null, user, record, at(5));
        inUnit(storage, session -> List.of(match, otherOrganization, otherUser, otherRecord, noOrganization)
                .forEach(session.audit()::append));

        assertThat(find(storage, new AuditQuery(org, user, record, null, null, 10))).containsExactly(match);
        assertThat(find(storage, AuditQuery.forOrganization(org, 10)))
                .containsExactly(match, otherUser, otherRecord);
        assertThat(find(storage, new AuditQuery(null, user, null, null, null, 10)))
                .containsExactly(match, otherOrganization, otherRecord, noOrganization);
        assertThat(find(storage, new AuditQuery(null, null, record, null, null, 10)))
                .containsExactly(match, otherOrganization, otherUser, noOrganization);
        assertThat(find(storage, AuditQuery.forOrganization(unique("org"), 10))).isEmpty();
    }

    @Test
    default void findSelectsFromInclusiveToExclusive() {
        Storage storage = storage();
        String org = unique("org");
        AuditEntry beforeFrom = auditEntry(org, unique("user"), null, at(9));
        AuditEntry atFrom = auditEntry(org, unique("user"), null, at(10));
        AuditEntry inside = auditEntry(org, unique("user"), null, at(15));
        AuditEntry atTo = auditEntry(org, unique("user"), null, at(20));
        inUnit(storage, session -> List.of(beforeFrom, atFrom, inside, atTo).forEach(session.audit()::append));

        assertThat(find(storage, new AuditQuery(org, null, null, at(10), at(20), 10)))
                .containsExactly(atFrom, inside);
        assertThat(find(storage, new AuditQuery(org, null, null, at(15), null, 10))).containsExactly(inside, atTo);
        assertThat(find(storage, new AuditQuery(org, null, null, null, at(10), 10))).containsExactly(beforeFrom);
    }

    @Test
    default void findReturnsAtMostTheLimitOfTheOldestEntries() {
        Storage storage = storage();
        String org = unique("org");
        AuditEntry third = auditEntry(org, unique("user"), null, at(3));
        AuditEntry first = auditEntry(org, unique("user"), null, at(1));
        AuditEntry second = auditEntry(org, unique("user"), null, at(2));
        inUnit(storage, session -> List.of(third, first, second).forEach(session.audit()::append));

        assertThat(find(storage, AuditQuery.forOrganization(org, 2))).containsExactly(first, second);
    }

    @Test
    default void appendOfAnExistingIdFailsAndKeepsTheStoredEntry() {
        Storage storage = storage();
        String org = unique("org");
        AuditEntry entry = auditEntry(org, unique("user"), null, at(1));
        inUnit(storage, session -> session.audit().append(entry));
        AuditEntry sameId = auditEntry(entry.id(), org, unique("user"), null, at(2));

        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.audit().append(sameId);
            return null;
        })).isInstanceOf(StorageException.class);

        assertThat(find(storage, AuditQuery.forOrganization(org, 10))).containsExactly(entry);
    }

    @Test
    default void pagesFollowTheCursorWithoutSkippingOrRepeating() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("audit");
        AuditEntry first = auditEntry(prefix + "-a", org, unique("user"), null, at(1));
        AuditEntry sameInstantLowerId = auditEntry(prefix + "-b", org, unique("user"), null, at(2));
        AuditEntry sameInstantHigherId = auditEntry(prefix + "-c", org, unique("user"), null, at(2));
        AuditEntry last = auditEntry(prefix + "-d", org, unique("user"), null, at(3));
        inUnit(storage, session -> List.of(last, sameInstantHigherId, first, sameInstantLowerId)
                .forEach(session.audit()::append));
        AuditQuery pagesOfTwo = AuditQuery.forOrganization(org, 2);

        List<AuditEntry> page1 = find(storage, pagesOfTwo);
        List<AuditEntry> page2 = find(storage, pagesOfTwo.after(page1.get(1)));
        List<AuditEntry> page3 = find(storage, pagesOfTwo.after(page2.get(1)));

        assertThat(page1).containsExactly(first, sameInstantLowerId);
        assertThat(page2).containsExactly(sameInstantHigherId, last);
        assertThat(page3).isEmpty();
    }

    @Test
    default void theCursorCombinesWithEveryOtherCriterion() {
        Storage storage = storage();
        String org = unique("org");
        String user = unique("user");
        AuditEntry before = auditEntry(org, user, null, at(1));
        AuditEntry otherUser = auditEntry(org, unique("user"), null, at(2));
        AuditEntry after = auditEntry(org, user, null, at(3));
        AuditEntry outsideWindow = auditEntry(org, user, null, at(10));
        inUnit(storage, session -> List.of(before, otherUser, after, outsideWindow).forEach(session.audit()::append));

        assertThat(find(storage, new AuditQuery(org, user, null, at(0), at(10), 10).after(before)))
                .containsExactly(after);
    }

    @Test
    default void theAuditStoreOffersNoWayToChangeOrRemoveAnEntry() {
        assertThat(Arrays.stream(AuditStore.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "find");
    }

    private static List<AuditEntry> find(Storage storage, AuditQuery query) {
        return storage.inTransaction(session -> session.audit().find(query));
    }
}
