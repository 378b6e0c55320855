// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep's query of due service-level clocks is answered by a range scan of the next-check
 * index, in the index's order: its cost follows the clocks due, not the clocks stored.
 */
class H2SlaClockIndexTest {

    private final String databaseName = "sla-index-" + UUID.randomUUID();
    private final JdbcStorage storage = JdbcStorage.inMemory(databaseName);

    @AfterEach
    void dropDatabase() throws SQLException {
        storage.close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void theDueQueryReadsARangeOfTheNextCheckIndexAlreadySorted() throws SQLException {
        String plan;
        try (Connection connection = connect();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + JdbcSlaClockStore.SELECT_DUE)) {
            explain.setLong(1, 0L);
            explain.setInt(2, 10);
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                plan = rows.getString(1).toUpperCase(Locale.ROOT);
            }
        }

        assertThat(plan).contains("SLA_CLOCK_BY_NEXT_CHECK: NEXT_CHECK_AT_EPOCH_NS <= ?1").contains("INDEX SORTED");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + databaseName, "sa", "");
    }
}
