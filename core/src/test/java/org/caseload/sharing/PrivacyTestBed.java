// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;


import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Household;
import org.caseload.casework.Project;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.Storage;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/**
 * A runtime on an in-memory storage with a clock a test moves, the users of three organizations
 * (org-a registers the clients, org-b and org-c may receive them) and a system administrator.
 */
final class PrivacyTestBed implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T15:00:00Z");
    static final LocalDate START_DAY = LocalDate.of(2026, 3, 2);

    static final Principal WORKER_A = TestUsers.user("worker-a", "org-a", Role.CASEWORKER);
    static final Principal ADMIN_A = TestUsers.user("admin-a", "org-a", Role.CASEWORK_ADMINISTRATOR,
            Role.ORGANIZATION_ADMINISTRATOR, Role.SSN_REVIEWER);
    static final Principal WORKER_B = TestUsers.user("worker-b", "org-b", Role.CASEWORKER);
    static final Principal ADMIN_B = TestUsers.user("admin-b", "org-b", Role.ORGANIZATION_ADMINISTRATOR);
    static final Principal WORKER_C = TestUsers.user("worker-c", "org-c", Role.CASEWORKER);
    static final Principal SYSTEM = TestUsers.user("root", "vendor", Role.CASEWORKER,
            Role.ORGANIZATION_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR);

    /** The SSN and date of birth of {@link #registerMaria}, to look for where they must never be. */
    static final String SSN = "123-45-6789";
    static final LocalDate DATE_OF_BIRTH = LocalDate.of(1980, 3, 4);

    final TestClock clock = TestClock.at(START);
    final Storage storage = new InMemoryStorage();
    final TestIdentity identity = new TestIdentity().as(WORKER_A);
    private final AtomicLong sequence = new AtomicLong();
    /** Ids of letters only, so that no id can look like part of an SSN or a date in an assertion. */
    final Caseload caseload = Caseload.builder().storage(storage).identity(identity).clock(clock)
            .ids(() -> "id-" + letters(sequence.incrementAndGet())).build();

    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (long n = number; n > 0; n /= 26) {
            text.append((char) ('a' + n % 26));
        }
        return text.toString();
    }

    /** Runs {@code work} as {@code principal}, then signs the previous user back in. */
    <T> T as(Principal principal, Supplier<T> work) {
        return identity.callAs(principal, work);
    }

    /** Signs {@code principal} in for the calls that follow. */
    PrivacyTestBed signIn(Principal principal) {
        identity.as(principal);
        return this;
    }

    /** Moves the clock forward by whole days. */
    void advanceDays(int days) {
        clock.advance(Duration.ofDays(days));
    }

    LocalDate today() {
        return clock.today();
    }

    static ClientDetails maria() {
        return ClientDetails.named("Maria", "Garcia").withSsn(SSN, SsnDataQuality.FULL)
                .withDateOfBirth(DATE_OF_BIRTH, DobDataQuality.FULL);
    }

    /** Maria Garcia, registered in org-a, with or without restricted intake. */
    Client registerMaria(boolean restricted) {
        RegisterClient command = RegisterClient.of(maria());
        return as(WORKER_A, () -> caseload.clients().register(restricted ? command.withRestrictedIntake() : command));
    }

    /** One open enrollment, one case note and one service of org-a for the client. */
    Casework caseworkOfA(String clientId) {
        Project project = as(ADMIN_A, () -> caseload.enrollments().registerProject(new RegisterProject("Shelter")));
        ServiceType meals = as(ADMIN_A, () -> caseload.serviceDeliveries().defineType(new DefineServiceType(
                caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Food")).id(), "Meals",
                ServiceUnit.COUNT)));
        return as(WORKER_A, () -> {
            Household household = caseload.households().create(new CreateHousehold(clientId));
            String enrollmentId = caseload.enrollments().enroll(new EnrollClient(clientId, project.id(),
                    household.id(), today())).id();
            String noteId = caseload.caseNotes().write(WriteCaseNote.about(clientId, today(), "Intake",
                    "Arrived with two bags")).id();
            String serviceId = caseload.serviceDeliveries().record(new RecordServiceDelivery(clientId, enrollmentId,
                    meals.id(), BigDecimal.valueOf(2), today())).id();
            return new Casework(household.id(), enrollmentId, noteId, serviceId);
        });
    }

    /** The ids of a client's casework records. */
    record Casework(String householdId, String enrollmentId, String noteId, String serviceId) {
    }

    /** An agreement org-a to org-b for these kinds, from today with no end, recorded by org-a's administrator. */
    SharingAgreement shareAToB(SharedRecordKind... kinds) {
        return as(ADMIN_A, () -> caseload.sharing().create(CreateSharingAgreement.oneWay("org-a", "org-b", today(),
                kinds)));
    }

    /** The client's release of information to org-b until {@code lastDay}, recorded by org-a. */
    List<Consent> consentToB(String clientId, LocalDate lastDay) {
        return as(WORKER_A, () -> caseload.consents().record(RecordConsent.grant(clientId, lastDay, "org-b")));
    }

    /** Every audit entry, oldest first. */
    List<AuditEntry> audit() {
        return storage.inTransaction(session -> session.audit().find(new AuditQuery(null, null, null, null, null,
                100_000)));
    }

    @Override
    public void close() {
        caseload.close();
    }
}
