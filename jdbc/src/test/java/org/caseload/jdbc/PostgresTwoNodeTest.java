// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link TwoNodeTests} on PostgreSQL, the deployment that scales out: each node has its own
 * connection pool on one schema. Skipped, loudly, when no server is configured.
 */
class PostgresTwoNodeTest extends TwoNodeTests {

    private PostgresTestDatabase.Schema schema;
    private final List<JdbcStorage> nodes = new ArrayList<>();

    /** Each test, rather than the class, is skipped, so that the count of skipped tests shows. */
    @BeforeEach
    void createSchema() {
        schema = PostgresTestDatabase.fromEnvironment(getClass()).createSchema();
    }

    @Override
    JdbcStorage startNode() {
        JdbcStorage node = JdbcStorage.create(schema.newPool());
        nodes.add(node);
        return node;
    }

    @AfterEach
    void dropSchema() {
        nodes.forEach(JdbcStorage::close);
        if (schema != null) {
            schema.close();
        }
    }
}
