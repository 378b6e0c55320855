// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link TwoNodeTests} on PostgreSQL, the deployment that scales out: each node has its own
 * connection pool on one schema. Skipped, loudly, when no server is configured.
 */
class PostgresTwoNodeTest extends TwoNodeTests {

    private PostgresNodes nodes;

    /** Each test, rather than the class, is skipped, so that the count of skipped tests shows. */
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
