// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The key rotation: stopped midway it leaves every client readable and findable, a second run goes
 * on with what is left, and once it is done the old key can be retired.
 */
class KeyRotationTest {

    private static final int CLIENTS = 7;

    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER, Role.SSN_REVIEWER, Role.SYSTEM_ADMINISTRATOR));
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
        keys.rotate();
        List<KeyRotationResult> progress = new ArrayList<>();
        AtomicInteger polls = new AtomicInteger();

        KeyRotationResult first = caseload.keyRotation().rotate(new RotateKeys(2, progress::add,
                () -> polls.incrementAndGet() > 3));

        assertThat(first).isEqualTo(new KeyRotationResult(3, 3, 0, 0, true));
        assertThat(progress).containsExactly(new KeyRotationResult(2, 2, 0, 0, false));
        assertThat(keyIdsOfSsns()).containsOnly("test-1", "test-2").contains("test-1", "test-2");
        // Midway, every client is read and found, whichever key it is under.
        for (Client client : clients) {
            assertThat(caseload.clients().revealSsn(client.id(), "benefits application")).contains(ssnOf(client));
            assertThat(caseload.clients().search(ClientSearch.text(ssnOf(client))))
                    .extracting(match -> match.client().id()).contains(client.id());
        }

        KeyRotationResult second = caseload.keyRotation().rotate(RotateKeys.all());

        assertThat(second).isEqualTo(new KeyRotationResult(CLIENTS, CLIENTS - 3, 3, 0, false));
        assertThat(keyIdsOfSsns()).containsOnly("test-2");
        assertThat(storedRecords()).allSatisfy(record -> assertThat(record.matchKeys())
                .noneMatch(key -> key.contains("@test-1:")));
        keys.retire("test-1");
        for (Client client : clients) {
            assertThat(caseload.clients().revealSsn(client.id(), "benefits application")).contains(ssnOf(client));
            assertThat(caseload.clients().search(ClientSearch.text(ssnOf(client))))
                    .extracting(match -> match.client().id()).contains(client.id());
            assertThat(caseload.clients().get(client.id()).forms()).containsExactlyElementsOf(client.forms());
        }
        assertThat(caseload.keyRotation().rotate(RotateKeys.all()))
                .isEqualTo(new KeyRotationResult(CLIENTS, 0, CLIENTS, 0, false));
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
