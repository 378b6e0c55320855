// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.RotateKeys;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The key rotation on a database: two runtimes (two nodes) rotating at once rewrite every client
 * between them, and a run stopped midway is finished by a run on the other node.
 * Run on one H2 file and on PostgreSQL.
 */
abstract class KeyRotationTwoNodeTests {

    private static final int CLIENTS = 30;

    private final TestKeys keys = TestKeys.fixed();

    /** A new node on this test's database: a storage with connections of its own. */
    abstract JdbcStorage startNode();

    @Test
    void twoNodesRotatingAtOnceRewriteEveryClientBetweenThemAndLeaveEveryOneReadableAndFindable() throws Exception {
        TestIdentity admin = admin();
        try (Caseload first = runtime(admin); Caseload second = runtime(admin)) {
            List<String> ssns = register(first);
            keys.rotate();

            List<Object> results = TwoNodeTests.runTogether(List.<Callable<KeyRotationResult>>of(
                    () -> first.keyRotation().rotate(new RotateKeys(4, null, null)),
                    () -> second.keyRotation().rotate(new RotateKeys(4, null, null))));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(
                    KeyRotationResult.class, counts -> assertThat(counts.scanned()).isEqualTo(CLIENTS)));
            // Between them the nodes rewrite every client; of two that read a client at one version,
            // the version check lets one through. A client is rewritten twice only when a node reads
            // it torn (the JDBC store reads a client in several statements, each seeing what is
            // committed at its start: the other node's new row with its old match keys): the second
            // rewrite, at the newer version, writes what the first wrote.
            assertThat(results.stream().mapToLong(result -> ((KeyRotationResult) result).rewritten()).sum())
                    .as("clients rewritten by %s", results).isBetween((long) CLIENTS, 2L * CLIENTS);
            assertEveryClientUnderTheNewKeyAndFound(second, ssns);
        }
    }

    @Test
    void aRunStoppedMidwayOnOneNodeIsFinishedByARunOnTheOther() {
        TestIdentity admin = admin();
        try (Caseload first = runtime(admin); Caseload second = runtime(admin)) {
            List<String> ssns = register(first);
            keys.rotate();
            AtomicInteger polls = new AtomicInteger();

            KeyRotationResult stopped = first.keyRotation().rotate(new RotateKeys(4, null,
                    () -> polls.incrementAndGet() > CLIENTS / 2));
            KeyRotationResult resumed = second.keyRotation().rotate(RotateKeys.all());

            assertThat(stopped).isEqualTo(new KeyRotationResult(CLIENTS / 2, CLIENTS / 2, 0, 0, true));
            assertThat(resumed).isEqualTo(new KeyRotationResult(CLIENTS, CLIENTS / 2, CLIENTS / 2, 0, false));
            assertEveryClientUnderTheNewKeyAndFound(first, ssns);
        }
    }

    private void assertEveryClientUnderTheNewKeyAndFound(Caseload caseload, List<String> ssns) {
        try (JdbcStorage reader = startNode()) {
            List<ClientRecord> stored = reader.inTransaction(session ->
                    session.clients().scan(new ClientScan(java.util.Set.of(), null, CLIENTS + 1)));
            assertThat(stored).hasSize(CLIENTS).allSatisfy(record -> {
                assertThat(record.identity().ssn()).startsWith("sealed:v1:test-2:");
                assertThat(record.matchKeys()).noneMatch(key -> key.contains("@test-1:"));
            });
        }
        keys.retire("test-1");
        for (String ssn : ssns) {
            List<ClientMatch> found = caseload.clients().search(ClientSearch.text(ssn));
            assertThat(found).isNotEmpty();
            assertThat(caseload.clients().revealSsn(found.get(0).client().id(), "rotation check")).contains(ssn);
        }
    }

    private Caseload runtime(TestIdentity identity) {
        return Caseload.builder().storage(startNode()).identity(identity).keyProvider(keys).build();
    }

    private static TestIdentity admin() {
        return new TestIdentity().as(TestUsers.user("admin", unique("org"), Role.CASEWORKER,
                Role.SSN_REVIEWER, Role.SYSTEM_ADMINISTRATOR));
    }

    private static List<String> register(Caseload caseload) {
        List<String> ssns = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String ssn = String.valueOf(123_450_100 + i * 7);
            ssns.add(ssn);
            caseload.clients().register(new RegisterClient(ClientDetails.named("Client", "Number" + i)
                    .withSsn(ssn, SsnDataQuality.FULL), List.of(), false, true));
        }
        return ssns;
    }
}
