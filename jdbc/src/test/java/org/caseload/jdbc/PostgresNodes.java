// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Application nodes of the two-node tests on PostgreSQL: one throwaway schema, and a storage with a
 * connection pool of its own per node. Creating it skips the test, loudly, when no server is configured.
 */
final class PostgresNodes implements AutoCloseable {

    private final PostgresTestDatabase.Schema schema;
    private final List<JdbcStorage> nodes = new ArrayList<>();

    PostgresNodes(Class<?> test) {
        schema = PostgresTestDatabase.fromEnvironment(test).createSchema();
    }

    /** A new node on the schema. */
    JdbcStorage start() {
        JdbcStorage node = JdbcStorage.create(schema.newPool());
        nodes.add(node);
        return node;
    }

    /** Closes every node, then drops the schema. */
    @Override
    public void close() {
        nodes.forEach(JdbcStorage::close);
        schema.close();
    }
}
