// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.RotateKeys;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The key rotation: stopped midway it leaves every client and enrollment readable and every client
 * findable, a second run goes on with what is left, and once it is done the old key can be retired.
 */
class KeyRotationTest {

    private static final int CLIENTS = 7;

    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER, Role.SSN_REVIEWER, Role.SYSTEM_ADMINISTRATOR,
                    Role.CASEWORK_ADMINISTRATOR));
    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestKeys keys = TestKeys.fixed();
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity)
            .forms(EncryptionAtRestTest.forms()).keyProvider(keys).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aRunStoppedMidwayIsResumedByTheNextAndTheOldKeyCanThenBeRetired() {
        List<Client> clients = registerClients();
        List<Enrollment> enrollments = enrollEach(clients);
        long ssnKeys = ssnMatchKeysPerClient();
        keys.rotate();
        List<KeyRotationResult> progress = new ArrayList<>();
        AtomicInteger polls = new AtomicInteger();

        KeyRotationResult first = caseload.keyRotation().rotate(new RotateKeys(2, progress::add,
                () -> polls.incrementAndGet() > 3));

        // Each client: its SSN and one sensitive form value; each enrollment: two sensitive values.
        assertThat(first).isEqualTo(new KeyRotationResult(3, 3, 0, 3, 3, 3 * 2 + 3 * 2, 3 * ssnKeys, 0, true));
        assertThat(progress).containsExactly(new KeyRotationResult(2, 2, 0, 2, 2, 2 * 4, 2 * ssnKeys, 0, false));
        assertThat(keyIdsOfSsns()).containsOnly("test-1", "test-2").contains("test-1", "test-2");
        assertThat(keyIdsOfEnrollmentValues()).containsOnly("test-1", "test-2").contains("test-1", "test-2");
        // Midway, every client is read and found, whichever key it is under.
        for (Client client : clients) {
            assertThat(caseload.clients().revealSsn(client.id(), "benefits application")).contains(ssnOf(client));
            assertThat(caseload.clients().search(ClientSearch.text(ssnOf(client))))
                    .extracting(match -> match.client().id()).contains(client.id());
        }
        assertEnrollmentsReadAsEntered(enrollments);

        KeyRotationResult second = caseload.keyRotation().rotate(RotateKeys.all());

        long left = CLIENTS - 3;
        assertThat(second).isEqualTo(new KeyRotationResult(CLIENTS, left, 3, CLIENTS, left, left * 4, left * ssnKeys,
                0, false));
        assertThat(keyIdsOfSsns()).containsOnly("test-2");
        assertThat(keyIdsOfEnrollmentValues()).hasSize(2 * CLIENTS).containsOnly("test-2");
        assertThat(storedRecords()).allSatisfy(record -> assertThat(record.matchKeys())
                .noneMatch(key -> key.contains("@test-1:")));
        keys.retire("test-1");
        for (Client client : clients) {
            assertThat(caseload.clients().revealSsn(client.id(), "benefits application")).contains(ssnOf(client));
            assertThat(caseload.clients().search(ClientSearch.text(ssnOf(client))))
                    .extracting(match -> match.client().id()).contains(client.id());
            assertThat(caseload.clients().get(client.id()).forms()).containsExactlyElementsOf(client.forms());
        }
        assertEnrollmentsReadAsEntered(enrollments);
        assertThat(caseload.keyRotation().rotate(RotateKeys.all()))
                .isEqualTo(new KeyRotationResult(CLIENTS, 0, CLIENTS, CLIENTS, 0, 0, 0, 0, false));
    }

    @Test
    void enrollmentValuesStoredBeforeTheirFieldWasSensitiveAreSealedByTheRotation() {
        List<Client> clients = registerClients();
        Enrollment enrolled = enrollEach(clients.subList(0, 1)).get(0);
        // As stored before encryption (or before the form marked the field sensitive): in clear.
        storage.inTransaction(session -> session.enrollments().update(session.enrollments()
                .findById(enrolled.id()).orElseThrow().withForms(enrolled.forms())));

        KeyRotationResult result = caseload.keyRotation().rotate(RotateKeys.all());

        assertThat(result.enrollmentsRewritten()).isEqualTo(1);
        assertThat(result.valuesResealed()).isEqualTo(2);
        assertThat(keyIdsOfEnrollmentValues()).containsExactly("test-1", "test-1");
        assertThat(caseload.enrollments().get(enrolled.id()).forms()).isEqualTo(enrolled.forms());
    }

    @Test
    void onlyASystemAdministratorRotatesKeys() {
        identity.as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER));

        assertThat(catchThrowableOfType(() -> caseload.keyRotation().rotate(RotateKeys.all()),
                AccessDeniedException.class)).hasMessageContaining("system.admin");
    }

    private List<Client> registerClients() {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String ssn = "12345" + (6780 + i);
            clients.add(caseload.clients().register(new RegisterClient(
                    ClientDetails.named("Client", "Number" + (char) ('a' + i)).withSsn(ssn, SsnDataQuality.FULL),
                    List.of(new FormValues("health", 1, Map.of("condition", FieldValue.text("Condition " + i)))),
                    false, true)));
        }
        return clients;
    }

    private List<Enrollment> enrollEach(List<Client> clients) {
        Project shelter = caseload.enrollments().registerProject(new RegisterProject("Shelter"));
        List<Enrollment> enrollments = new ArrayList<>();
        for (Client client : clients) {
            String household = caseload.households().create(new CreateHousehold(client.id())).id();
            enrollments.add(caseload.enrollments().enroll(new EnrollClient(client.id(), shelter.id(), household,
                    LocalDate.of(2026, 2, 1), List.of(new FormValues("health", 1, Map.of(
                            "condition", FieldValue.text("Condition on entry of " + client.id()),
                            "diagnosedOn", FieldValue.date(LocalDate.of(2020, 1, 1)),
                            "notes", FieldValue.text("Not sensitive")))))));
        }
        return enrollments;
    }

    private void assertEnrollmentsReadAsEntered(List<Enrollment> enrollments) {
        for (Enrollment enrollment : enrollments) {
            assertThat(caseload.enrollments().get(enrollment.id()).forms()).isEqualTo(enrollment.forms());
        }
    }

    private long ssnMatchKeysPerClient() {
        return storedRecords().get(0).matchKeys().stream()
                .filter(key -> key.matches("(ssn|ssn4|blkssn)@.*"))
                .count();
    }

    /** The key id of every sealed value of every stored enrollment. */
    private List<String> keyIdsOfEnrollmentValues() {
        List<ClientRecord> clients = storedRecords();
        return storage.inTransaction(session -> clients.stream()
                .flatMap(client -> session.enrollments().findByClient(client.id()).stream())
                .flatMap(enrollment -> enrollment.forms().stream())
                .flatMap(form -> form.values().values().stream())
                .filter(value -> value instanceof FieldValue.TextValue text && text.text().startsWith("sealed:"))
                .map(value -> ((FieldValue.TextValue) value).text().split(":")[2])
                .toList());
    }

    private String ssnOf(Client client) {
        int i = client.details().lastName().charAt("Number".length()) - 'a';
        return "12345" + (6780 + i);
    }

    private List<ClientRecord> storedRecords() {
        return storage.inTransaction(session -> session.clients().scan(new ClientScan(java.util.Set.of(), null, 100)));
    }

    private List<String> keyIdsOfSsns() {
        return storedRecords().stream()
                .map(record -> record.identity().ssn().split(":")[2])
                .toList();
    }
}
