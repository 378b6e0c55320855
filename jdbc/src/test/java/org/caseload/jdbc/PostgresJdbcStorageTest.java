// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link JdbcStorageTests} on PostgreSQL, a new schema per test; skipped, loudly, when no server is
 * configured (see {@link PostgresTestDatabase}).
 */
class PostgresJdbcStorageTest extends JdbcStorageTests {

    private PostgresTestDatabase database;

    private PostgresTestDatabase.Schema schema;

    /** Each test, rather than the class, is skipped, so that the count of skipped tests shows. */
    @BeforeEach
    void requireServer() {
        database = PostgresTestDatabase.fromEnvironment(getClass());
    }

    @Override
    DataSource newDatabase() {
        schema = database.createSchema();
        return schema.newUnpooled();
    }

    /** Ends the connection's server process, as an administrator or a crash would. */
    @Override
    void breakConnection(Connection connection) throws SQLException {
        int backend = connection.unwrap(PGConnection.class).getBackendPID();
        try (Connection admin = database.adminDataSource().getConnection();
             PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, backend);
            terminate.executeQuery().close();
        }
    }

    /** Points the data source at a loopback port where no server listens. */
    @Override
    void makeUnreachable(DataSource dataSource) {
        ((PGSimpleDataSource) dataSource).setPortNumbers(new int[] {1});
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }
}
