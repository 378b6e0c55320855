// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

/** {@link JdbcStorageTests} on in-memory H2 databases. */
class H2JdbcStorageTest extends JdbcStorageTests {

    private final List<String> databaseUrls = new ArrayList<>();

    @Override
    DataSource newDatabase() {
        String url = "jdbc:h2:mem:storage-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        databaseUrls.add(url);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    /** An embedded database has no server to lose; a connection closed underneath its user is the nearest. */
    @Override
    void breakConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    void makeUnreachable(DataSource dataSource) {
        ((JdbcDataSource) dataSource).setURL("jdbc:h2:mem:unreachable;IFEXISTS=TRUE");
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String url : databaseUrls) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser("sa");
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }
}
