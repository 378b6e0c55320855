// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import net.jqwik.api.lifecycle.AfterProperty;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.StorageContract;
import org.junit.jupiter.api.AfterEach;

/** The contract test kit on an in-memory H2 database, a new one per test (or per property). */
class H2StorageContractTest implements StorageContract {

    private String databaseName;
    private JdbcStorage storage;

    @Override
    public Storage storage() {
        if (storage == null) {
            databaseName = "tck-" + UUID.randomUUID();
            storage = JdbcStorage.inMemory(databaseName);
        }
        return storage;
    }

    @AfterEach
    @AfterProperty
    void dropDatabase() throws SQLException {
        if (storage != null) {
            storage.close();
            storage = null;
            // An in-memory database outlives its storages; shutting it down frees its memory.
            try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + databaseName, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }
}
