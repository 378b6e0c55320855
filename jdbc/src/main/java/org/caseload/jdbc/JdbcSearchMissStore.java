// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.List;
import org.caseload.spi.storage.help.SearchMiss;
import org.caseload.spi.storage.help.SearchMissCount;
import org.caseload.spi.storage.help.SearchMissStore;

/** The log of searches that found nothing, in the {@code search_miss} table. Only ever inserts and selects. */
final class JdbcSearchMissStore implements SearchMissStore {

    private static final String INSERT = "INSERT INTO search_miss (id, organization_id, locale, query_text,"
            + " searched_at_epoch_ns) VALUES (?, ?, ?, ?, ?)";
    private static final String MOST_FREQUENT = "SELECT query_text, locale, COUNT(*) AS searches,"
            + " MAX(searched_at_epoch_ns) AS last_searched FROM search_miss WHERE organization_id = ?"
            + " GROUP BY query_text, locale ORDER BY searches DESC, last_searched DESC, query_text, locale"
            + " FETCH FIRST ? ROWS ONLY";

    private final JdbcSession session;

    JdbcSearchMissStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(SearchMiss miss) {
        session.update("append search miss " + miss.id(), INSERT, statement -> {
            statement.setString(1, miss.id());
            statement.setString(2, miss.organizationId());
            statement.setString(3, miss.locale());
            statement.setString(4, miss.query());
            statement.setLong(5, EpochNanos.of(miss.searchedAt()));
        });
    }

    @Override
    public List<SearchMissCount> mostFrequent(String organizationId, int limit) {
        return session.query("count search misses", MOST_FREQUENT, statement -> {
            statement.setString(1, organizationId);
            statement.setInt(2, limit);
        }, row -> new SearchMissCount(row.getString("query_text"), row.getString("locale"), row.getInt("searches"),
                EpochNanos.toInstant(row.getLong("last_searched"))));
    }
}
