// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.help.SearchMiss;
import org.caseload.spi.storage.help.SearchMissCount;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.help.SearchMissStore}: an append-only log, counted by
 * query and locale per organization, most frequent first.
 */
public interface SearchMissStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void missesAreCountedByQueryAndLocaleMostFrequentFirst() {
        Storage storage = storage();
        String org = unique("org");
        inUnit(storage, session -> List.of(
                miss(org, "en", "bed night", at(1)),
                miss(org, "en", "bed night", at(5)),
                miss(org, "en", "bed night", at(3)),
                miss(org, "fr", "bed night", at(2)),
                miss(org, "en", "voucher", at(4)),
                miss(org, "en", "voucher", at(6)),
                miss(unique("org"), "en", "bed night", at(7)))
                .forEach(session.searchMisses()::append));

        assertThat(mostFrequent(storage, org, 10)).containsExactly(
                new SearchMissCount("bed night", "en", 3, at(5)),
                new SearchMissCount("voucher", "en", 2, at(6)),
                new SearchMissCount("bed night", "fr", 1, at(2)));
        assertThat(mostFrequent(storage, org, 1)).containsExactly(new SearchMissCount("bed night", "en", 3, at(5)));
    }

    @Test
    default void equalCountsGoMostRecentFirstThenByQueryAndLocale() {
        Storage storage = storage();
        String org = unique("org");
        inUnit(storage, session -> List.of(
                miss(org, "en", "older", at(1)),
                miss(org, "fr", "tie", at(2)),
                miss(org, "en", "tie", at(2)),
                miss(org, "en", "newest", at(3)))
                .forEach(session.searchMisses()::append));

        assertThat(mostFrequent(storage, org, 10)).extracting(SearchMissCount::query, SearchMissCount::locale)
                .containsExactly(tuple("newest", "en"), tuple("tie", "en"), tuple("tie", "fr"), tuple("older", "en"));
    }

    @Test
    default void anOrganizationWithoutMissesHasNone() {
        assertThat(mostFrequent(storage(), unique("org"), 10)).isEmpty();
    }

    @Test
    default void aMissIdIsUnique() {
        Storage storage = storage();
        SearchMiss miss = miss(unique("org"), "en", "voucher", at(1));
        inUnit(storage, session -> session.searchMisses().append(miss));

        assertThatThrownBy(() -> inUnit(storage, session -> session.searchMisses().append(miss)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    default void aRolledBackMissLeavesNoTrace() {
        Storage storage = storage();
        String org = unique("org");

        inRolledBackUnit(storage, session -> session.searchMisses().append(miss(org, "en", "voucher", at(1))));

        assertThat(mostFrequent(storage, org, 10)).isEmpty();
    }

    private static List<SearchMissCount> mostFrequent(Storage storage, String org, int limit) {
        return storage.inTransaction(session -> session.searchMisses().mostFrequent(org, limit));
    }

    private static SearchMiss miss(String org, String locale, String query, Instant at) {
        return new SearchMiss(unique("miss"), org, locale, query, at);
    }
}
