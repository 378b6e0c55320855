// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link KeyRotationTwoNodeTests} on PostgreSQL, each node with its own connection pool on one
 * schema. Skipped, loudly, when no server is configured.
 */
class PostgresKeyRotationTwoNodeTest extends KeyRotationTwoNodeTests {

    private PostgresNodes nodes;

    @BeforeEach
    void createSchema() {
        nodes = new PostgresNodes(getClass());
    }

    @Override
    JdbcStorage startNode() {
        return nodes.start();
    }

    @AfterEach
    void dropSchema() {
        if (nodes != null) {
            nodes.close();
        }
    }
}
