// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.RotateKeys;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The key rotation on a database: two runtimes (two nodes) rotating at once rewrite every client
 * and every enrollment between them, and a run stopped midway is finished by a run on the other
 * node. Run on one H2 file and on PostgreSQL.
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
                    KeyRotationResult.class, counts -> {
                        assertThat(counts.scanned()).isEqualTo(CLIENTS);
                        assertThat(counts.enrollmentsScanned()).isEqualTo(CLIENTS);
                    }));
            // Between them the nodes rewrite every client; of two that read a client at one version,
            // the version check lets one through. A client is rewritten twice only when a node reads
            // it torn (the JDBC store reads a client in several statements, each seeing what is
            // committed at its start: the other node's new row with its old match keys): the second
            // rewrite, at the newer version, writes what the first wrote.
            assertThat(results.stream().mapToLong(result -> ((KeyRotationResult) result).rewritten()).sum())
                    .as("clients rewritten by %s", results).isBetween((long) CLIENTS, 2L * CLIENTS);
            // An enrollment is read in one statement with its form values in another: it too may be
            // read torn, and rewritten twice to the same end.
            assertThat(results.stream().mapToLong(result -> ((KeyRotationResult) result).enrollmentsRewritten()).sum())
                    .as("enrollments rewritten by %s", results).isBetween((long) CLIENTS, 2L * CLIENTS);
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

            // Each client: its SSN and its SSN match keys; each enrollment: its diagnosis.
            int half = CLIENTS / 2;
            long ssnKeys = ssnMatchKeysPerClient();
            assertThat(stopped).isEqualTo(new KeyRotationResult(half, half, 0, half, half, 2L * half,
                    half * ssnKeys, 0, true));
            assertThat(resumed).isEqualTo(new KeyRotationResult(CLIENTS, half, half, CLIENTS, half, 2L * half,
                    half * ssnKeys, 0, false));
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
            List<EnrollmentRecord> enrollments = reader.inTransaction(session -> stored.stream()
                    .flatMap(record -> session.enrollments().findByClient(record.id()).stream()).toList());
            assertThat(enrollments).hasSize(CLIENTS).allSatisfy(record -> {
                Map<String, FieldValue> values = record.forms().get(0).values();
                assertThat(values.get("diagnosis")).isInstanceOfSatisfying(FieldValue.TextValue.class,
                        value -> assertThat(value.text()).startsWith("sealed:v1:test-2:"));
                assertThat(values.get("notes")).isEqualTo(FieldValue.text("Seen at intake"));
            });
        }
        keys.retire("test-1");
        for (int i = 0; i < ssns.size(); i++) {
            String ssn = ssns.get(i);
            List<ClientMatch> found = caseload.clients().search(ClientSearch.text(ssn));
            assertThat(found).isNotEmpty();
            String clientId = found.get(0).client().id();
            FieldValue diagnosis = FieldValue.text(diagnosisOf(i));
            assertThat(caseload.clients().revealSsn(clientId, "rotation check")).contains(ssn);
            assertThat(caseload.enrollments().enrollmentsOf(clientId)).singleElement().satisfies(enrollment ->
                    assertThat(enrollment.forms().get(0).values().get("diagnosis"))
                            .isEqualTo(diagnosis));
        }
    }

    private long ssnMatchKeysPerClient() {
        try (JdbcStorage reader = startNode()) {
            return reader.inTransaction(session -> session.clients().scan(new ClientScan(java.util.Set.of(), null, 1)))
                    .get(0).matchKeys().stream()
                    .filter(key -> key.matches("(ssn|ssn4|blkssn)@.*"))
                    .count();
        }
    }

    private Caseload runtime(TestIdentity identity) {
        return Caseload.builder().storage(startNode()).identity(identity).keyProvider(keys)
                .forms(SensitiveEnrollments.forms()).build();
    }

    private static TestIdentity admin() {
        return new TestIdentity().as(TestUsers.user("admin", unique("org"), Role.CASEWORKER,
                Role.SSN_REVIEWER, Role.SYSTEM_ADMINISTRATOR, Role.CASEWORK_ADMINISTRATOR));
    }

    /** The SSNs of clients registered, each enrolled with a diagnosis on the health form. */
    private static List<String> register(Caseload caseload) {
        List<String> ssns = new ArrayList<>();
        Project shelter = caseload.enrollments().registerProject(new RegisterProject("Shelter"));
        for (int i = 0; i < CLIENTS; i++) {
            String ssn = String.valueOf(123_450_100 + i * 7);
            ssns.add(ssn);
            String clientId = caseload.clients().register(new RegisterClient(ClientDetails.named("Client", "Number" + i)
                    .withSsn(ssn, SsnDataQuality.FULL), List.of(), false, true)).id();
            SensitiveEnrollments.enroll(caseload, clientId, shelter, diagnosisOf(i));
        }
        return ssns;
    }

    private static String diagnosisOf(int client) {
        return "Diagnosis " + client;
    }
}
