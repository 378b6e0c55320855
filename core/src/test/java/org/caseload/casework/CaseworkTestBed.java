// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;


import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.forms.JsonForms;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.Storage;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

/**
 * A runtime on an in-memory storage with a fixed clock and the custom forms of
 * {@code src/test/resources/forms}, and the users of two organizations.
 */
final class CaseworkTestBed implements AutoCloseable {

    static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    static final Principal WORKER_A = TestUsers.user("worker-a", "org-a", Role.CASEWORKER);
    static final Principal COLLEAGUE_A = TestUsers.user("colleague-a", "org-a", Role.CASEWORKER);
    static final Principal READER_A = TestUsers.user("reader-a", "org-a", Role.CLIENT_READER);
    static final Principal ADMIN_A = TestUsers.user("admin-a", "org-a", Role.CASEWORK_ADMINISTRATOR);
    static final Principal WORKER_B = TestUsers.user("worker-b", "org-b", Role.CASEWORKER);
    static final Principal ADMIN_B = TestUsers.user("admin-b", "org-b", Role.CASEWORK_ADMINISTRATOR);
    static final Principal SYSTEM = TestUsers.user("root", "vendor", Role.CASEWORKER, Role.SYSTEM_ADMINISTRATOR);

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
        return identity.callAs(WORKER_A, () -> caseload.clients()
                .register(RegisterClient.of(firstName, "Garcia", LocalDate.of(1980, 3, 4))).id());
    }

    /** A project of org-a, registered by its administrator; the current user stays signed in. */
    Project projectOfA(String name) {
        return identity.callAs(ADMIN_A,
                () -> caseload.enrollments().registerProject(new RegisterProject(name)));
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
