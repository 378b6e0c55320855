// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.internal.memory.UndoFirst;
import org.caseload.spi.storage.help.SearchMiss;
import org.caseload.spi.storage.help.SearchMissCount;
import org.caseload.spi.storage.help.SearchMissStore;

/** Searches that found nothing, in the order they were appended; accessed only under the storage's lock. */
final class MemorySearchMissStore {

    private static final Comparator<SearchMissCount> MOST_FREQUENT_FIRST = Comparator
            .comparingInt(SearchMissCount::count).reversed()
            .thenComparing(SearchMissCount::lastSearchedAt, Comparator.reverseOrder())
            .thenComparing(SearchMissCount::query)
            .thenComparing(SearchMissCount::locale);

    /** One group of the log: a query in a locale. */
    private record Group(String query, String locale) {
    }

    private final Map<String, SearchMiss> byId = new LinkedHashMap<>();

    SearchMissStore bind(List<Runnable> undoLog) {
        return new SearchMissStore() {
            @Override
            public void append(SearchMiss miss) {
                UndoFirst.insert(undoLog, byId, miss.id(), miss, "a search miss");
            }

            @Override
            public List<SearchMissCount> mostFrequent(String organizationId, int limit) {
                Map<Group, SearchMissCount> groups = new HashMap<>();
                for (SearchMiss miss : byId.values()) {
                    if (miss.organizationId().equals(organizationId)) {
                        groups.merge(new Group(miss.query(), miss.locale()),
                                new SearchMissCount(miss.query(), miss.locale(), 1, miss.searchedAt()),
                                (a, b) -> new SearchMissCount(a.query(), a.locale(), a.count() + b.count(),
                                        latest(a.lastSearchedAt(), b.lastSearchedAt())));
                    }
                }
                List<SearchMissCount> counts = new ArrayList<>(groups.values());
                counts.sort(MOST_FREQUENT_FIRST);
                return counts.size() > limit ? List.copyOf(counts.subList(0, limit)) : counts;
            }
        };
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
