// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link CaseworkTwoNodeTests} on one embedded H2 database file opened by two storages. */
class H2FileCaseworkTwoNodeTest extends CaseworkTwoNodeTests {

    @TempDir
    Path folder;

    private final List<JdbcStorage> nodes = new ArrayList<>();

    @Override
    JdbcStorage startNode() {
        JdbcStorage node = JdbcStorage.embedded(folder, "two-Nodes-1".toCharArray());
        nodes.add(node);
        return node;
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(JdbcStorage::close);
    }
}
