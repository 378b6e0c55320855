// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.caseload.benchmarks.storage.BenchmarkStorages;

/**
 * A table beside the library's own in a PostgreSQL schema the search harness loaded, saying how
 * many clients the load registered and in how long: a schema without it is not fully loaded.
 */
final class LoadMark {

    private LoadMark() {
    }

    /** Whether an earlier run loaded the schema to the end; prints that run's load rate when so. */
    static boolean loadedBefore(String schema) throws SQLException {
        try (Connection connection = BenchmarkStorages.postgresqlConnection(schema);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS harness_load (clients INTEGER NOT NULL,"
                    + " seconds DOUBLE PRECISION NOT NULL)");
            try (ResultSet mark = statement.executeQuery("SELECT clients, seconds FROM harness_load")) {
                if (!mark.next()) {
                    return false;
                }
                System.out.printf(Locale.ROOT, "schema %s loaded by an earlier run: %,d clients in %.1f s "
                        + "(%,.0f clients/s)%n", schema, mark.getInt(1), mark.getDouble(2),
                        mark.getInt(1) / mark.getDouble(2));
                return true;
            }
        }
    }

    /** Records that the schema holds {@code clients} clients, loaded in {@code seconds}. */
    static void mark(String schema, int clients, double seconds) throws SQLException {
        try (Connection connection = BenchmarkStorages.postgresqlConnection(schema);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO harness_load (clients, seconds) VALUES (?, ?)")) {
            insert.setInt(1, clients);
            insert.setDouble(2, seconds);
            insert.executeUpdate();
        }
        try (Connection connection = BenchmarkStorages.postgresqlConnection(schema);
             Statement statement = connection.createStatement()) {
            // What a deployment's autovacuum does after a bulk load: statistics, and the visibility map
            // that lets the ranking probes answer from the index alone.
            statement.execute("VACUUM ANALYZE");
        }
    }
}
