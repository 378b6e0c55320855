// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, the ranking statement reads each candidate's row through the hash index of the
 * client ids (ADR 0153), not through the primary key's B-tree. Skipped, loudly, when no server is
 * configured (see {@link PostgresTestDatabase}).
 */
class PostgresCandidateProbeTest {

    private static final String ORGANIZATION = "org-probe";

    private PostgresTestDatabase.Schema schema;
    private JdbcStorage storage;

    @BeforeEach
    void openStorage() {
        schema = PostgresTestDatabase.fromEnvironment(getClass()).createSchema();
        storage = JdbcStorage.create(schema.newUnpooled());
    }

    @AfterEach
    void dropSchema() {
        if (storage != null) {
            storage.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aRankedCandidateIsReadByItsIdThroughTheHashIndex() throws SQLException {
        // Few holders of the selecting key among many clients: the plan the search's lookups take.
        List<ClientRecord> clients = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            clients.add(i % 300 == 0 ? client(ORGANIZATION, "name:rare", "phon:RR") : client(ORGANIZATION, "name:other"));
        }
        inUnit(storage, session -> session.clients().insertAll(clients));
        MatchKeyQuery query = new MatchKeyQuery(Set.of("name:rare"), Set.of(), ORGANIZATION, 5, Set.of("phon:RR"));

        String plan = explain(JdbcClientStore.rankingSql(query, false), query);

        assertThat(plan).contains("Index Scan using client_by_id_hash on client c");
    }

    private String explain(String sql, MatchKeyQuery query) throws SQLException {
        try (Connection connection = schema.newUnpooled().getConnection()) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE client");
                analyze.execute("ANALYZE client_match_key");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                JdbcClientStore.bindRanking(explain, query);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        }
    }
}
