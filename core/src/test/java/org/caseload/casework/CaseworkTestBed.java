// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.caseload.core.Permission.CASEWORK_ADMINISTER;
import static org.caseload.core.Permission.CLIENT_READ;
import static org.caseload.core.Permission.CLIENT_WRITE;
import static org.caseload.core.Permission.SYSTEM_ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.TestIdentity;
import org.caseload.core.forms.JsonForms;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.Storage;

/**
 * A runtime on an in-memory storage with a fixed clock and the custom forms of
 * {@code src/test/resources/forms}, and the users of two organizations.
 */
final class CaseworkTestBed implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    static final Principal WORKER_A = TestIdentity.user("worker-a", "org-a", CLIENT_READ, CLIENT_WRITE);
    static final Principal COLLEAGUE_A = TestIdentity.user("colleague-a", "org-a", CLIENT_READ, CLIENT_WRITE);
    static final Principal READER_A = TestIdentity.user("reader-a", "org-a", CLIENT_READ);
    static final Principal ADMIN_A = TestIdentity.user("admin-a", "org-a", CLIENT_READ, CASEWORK_ADMINISTER);
    static final Principal WORKER_B = TestIdentity.user("worker-b", "org-b", CLIENT_READ, CLIENT_WRITE);
    static final Principal ADMIN_B = TestIdentity.user("admin-b", "org-b", CLIENT_READ, CASEWORK_ADMINISTER);
    static final Principal SYSTEM = TestIdentity.user("root", "vendor", CLIENT_READ, CLIENT_WRITE, SYSTEM_ADMIN);

    final Storage storage;
    final TestIdentity identity = new TestIdentity().as(WORKER_A);
    final Caseload caseload;

    CaseworkTestBed() {
        this(new InMemoryStorage());
    }

    CaseworkTestBed(Storage storage) {
        this.storage = storage;
        this.caseload = Caseload.builder().storage(storage).identity(identity)
                .forms(JsonForms.fromClasspath("forms")).clock(CLOCK).build();
    }

    /** Signs {@code principal} in for the calls that follow. */
    CaseworkTestBed as(Principal principal) {
        identity.as(principal);
        return this;
    }

    /** A client registered in org-a; the current user stays signed in. */
    String clientOfA(String firstName) {
        Principal current = identity.currentPrincipal().orElseThrow();
        identity.as(WORKER_A);
        try {
            return caseload.clients().register(RegisterClient.of(firstName, "Garcia", LocalDate.of(1980, 3, 4))).id();
        } finally {
            identity.as(current);
        }
    }

    /** A project of org-a, registered by its administrator; the current user stays signed in. */
    Project projectOfA(String name) {
        Principal current = identity.currentPrincipal().orElseThrow();
        identity.as(ADMIN_A);
        try {
            return caseload.enrollments().registerProject(new RegisterProject(name));
        } finally {
            identity.as(current);
        }
    }

    /** Every audit entry of an organization, oldest first. */
    List<AuditEntry> audit(String organizationId) {
        return storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(organizationId, 1_000)));
    }

    @Override
    public void close() {
        caseload.close();
    }
}
