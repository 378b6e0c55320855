// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.StorageContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The contract test kit on PostgreSQL, in a new schema per test (or per property); skipped, loudly,
 * when no server is configured (see {@link PostgresTestDatabase}).
 */
@AddLifecycleHook(value = SkipPropertiesWithoutPostgres.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresStorageContractTest implements StorageContract {

    private PostgresTestDatabase.Schema schema;
    private JdbcStorage storage;

    @Override
    public Storage storage() {
        if (storage == null) {
            // Each test, rather than the class, is skipped, so that the count of skipped tests shows.
            schema = PostgresTestDatabase.fromEnvironment(getClass()).createSchema();
            storage = JdbcStorage.create(schema.newPool());
        }
        return storage;
    }

    @AfterEach
    @AfterProperty
    void dropSchema() {
        if (storage != null) {
            storage.close();
            storage = null;
            schema.close();
        }
    }
}
