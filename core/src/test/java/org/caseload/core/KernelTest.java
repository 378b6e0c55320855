// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import org.caseload.core.internal.KernelAccess;

import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.tck.TckFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

class KernelTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final Operation WRITE = new Operation("test.write", Permission.CLIENT_WRITE);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.builder("worker-a", "org-a").permissions(Permission.CLIENT_WRITE.key()).build());
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(CLOCK).build();
    private final Kernel kernel = KernelAccess.of(caseload);

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aCallThatThrowsLeavesStorageUnchangedAndIsAuditedAsFailed() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> kernel.call(WRITE, null, context -> {
            context.session().clients().insert(TckFixtures.client("c-1", "org-a", Set.of("name:ana")));
            context.session().outbox().append(OutboxMessage.pending("m-1", "topic", "c-1", "{}", context.now()));
            context.auditRecord("client", "c-1");
            throw failure;
        })).isSameAs(failure);

        Optional<ClientRecord> client = storage.inTransaction(session -> session.clients().findById("c-1"));
        Optional<OutboxMessage> message = storage.inTransaction(session -> session.outbox().findById("m-1"));
        assertThat(client).isEmpty();
        assertThat(message).isEmpty();
        assertThat(auditLog()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(entry.recordId()).isEqualTo("c-1");
            assertThat(entry.detail()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    @Test
    void aSuccessfulCallCommitsItsWritesWithItsAuditEntry() {
        String result = kernel.call(WRITE, null, context -> {
            context.auditRecord("thing", "t-1");
            context.auditDetail("made");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(auditLog()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("test.write");
            assertThat(entry.occurredAt()).isEqualTo(CLOCK.instant());
            assertThat(entry.recordType()).isEqualTo("thing");
            assertThat(entry.detail()).isEqualTo("made");
            assertThat(entry.outcome()).isEqualTo(Outcome.SUCCEEDED);
        });
    }

    @Test
    void theBodyDoesNotRunWithoutThePermission() {
        identity.as(TestUsers.user("reader", "org-a", Role.CLIENT_READER));
        boolean[] ran = {false};

        assertThatThrownBy(() -> kernel.call(WRITE, null, context -> ran[0] = true))
                .hasMessage("user reader lacks permission client.write for test.write");

        assertThat(ran[0]).isFalse();
        assertThat(auditLog()).extracting(AuditEntry::outcome).containsExactly(Outcome.DENIED);
    }

    @Test
    void authorizeChecksThePermissionWithoutWritingOnSuccess() {
        Operation read = new Operation("test.read", Permission.HELP_READ);

        assertThatThrownBy(() -> kernel.authorize(read))
                .hasMessage("user worker-a lacks permission help.read for test.read");
        identity.as(TestUsers.user("reader", "org-a", Role.HELP_READER));
        assertThat(kernel.authorize(read).userId()).isEqualTo("reader");

        assertThat(auditLog()).extracting(AuditEntry::userId, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("worker-a", Outcome.DENIED));
    }

    private List<AuditEntry> auditLog() {
        return storage.inTransaction(session -> session.audit().find(new AuditQuery(null, null, null, null, null, 100)));
    }
}
