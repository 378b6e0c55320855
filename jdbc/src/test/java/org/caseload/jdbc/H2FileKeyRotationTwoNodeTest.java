// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link KeyRotationTwoNodeTests} on one embedded H2 database file opened by several storages. */
class H2FileKeyRotationTwoNodeTest extends KeyRotationTwoNodeTests {

    @TempDir
    Path folder;

    private final List<JdbcStorage> nodes = new ArrayList<>();

    @Override
    JdbcStorage startNode() {
        JdbcStorage node = JdbcStorage.embedded(folder);
        nodes.add(node);
        return node;
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(JdbcStorage::close);
    }
}
