// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.Household;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;

/**
 * A library filled through its public services, with ids that are UUIDs counted from 1 (so that an
 * export's rows are known in advance): in org-a a project, a family (a head and her child)
 * enrolled together and exited, a service delivered, a client with a 60-character first name, and
 * another project; in org-b a client and a project of its own.
 */
final class CaseloadLibrary implements AutoCloseable {

    static final String ORGANIZATION = "org-a";
    static final Principal ADMIN = TestUsers.user("admin-a", ORGANIZATION, Role.CASEWORK_ADMINISTRATOR);
    static final Principal WORKER = TestUsers.user("worker-a", ORGANIZATION, Role.CASEWORKER);
    static final Principal DATA_QUALITY = TestUsers.user("steward-a", ORGANIZATION, Role.DATA_QUALITY_STAFF);
    static final Principal OTHER_WORKER = TestUsers.user("worker-b", "org-b", Role.CASEWORKER);
    static final Principal OTHER_ADMIN = TestUsers.user("admin-b", "org-b", Role.CASEWORK_ADMINISTRATOR);
    static final LocalDate ENTRY = LocalDate.of(2026, 10, 1);
    static final LocalDate EXIT = LocalDate.of(2026, 11, 20);

    final TestClock clock = TestClock.at("2026-11-25T10:00:00Z");
    final TestIdentity identity = new TestIdentity().as(WORKER);
    final Caseload caseload;
    String shelter;
    String outreach;
    String head;
    String child;
    String longNamed;
    Enrollment headStay;
    Enrollment childStay;

    CaseloadLibrary(Storage storage, TestKeys keys) {
        AtomicLong ids = new AtomicLong();
        this.caseload = Caseload.builder().storage(storage).identity(identity).clock(clock).keyProvider(keys)
                .ids(() -> new UUID(0x0000_0000_0000_7000L, ids.incrementAndGet()).toString()).build();
    }

    /** Fills the library. */
    CaseloadLibrary fill() {
        shelter = identity.callAs(ADMIN, () -> caseload.enrollments().registerProject(new RegisterProject("Shelter"))).id();
        outreach = identity.callAs(ADMIN, () -> caseload.enrollments()
                .registerProject(new RegisterProject("Street outreach"))).id();
        tick();
        head = caseload.clients().register(new RegisterClient(ClientDetails.named("Ana", "Garcia")
                .withName("Ana", "Maria", "Garcia", "Jr.", NameDataQuality.FULL)
                .withSsn("012345678", SsnDataQuality.FULL)
                .withDateOfBirth(LocalDate.of(1980, 3, 4), DobDataQuality.FULL)
                .withRaceAndEthnicity(RaceAndEthnicity.WHITE, RaceAndEthnicity.HISPANIC_LATINAEO)
                .withGender(Gender.WOMAN)
                .withVeteranStatus(NoYesReasons.NO), null)).id();
        child = caseload.clients().register(new RegisterClient(ClientDetails.named("Luis", "Garcia")
                .withDateOfBirth(LocalDate.of(2015, 6, 1), DobDataQuality.APPROXIMATE_OR_PARTIAL)
                .withRaceAndEthnicity(RaceAndEthnicity.CLIENT_PREFERS_NOT_TO_ANSWER)
                .withGender(Gender.MAN, Gender.QUESTIONING)
                .withVeteranStatus(NoYesReasons.DATA_NOT_COLLECTED), null)).id();
        longNamed = caseload.clients().register(RegisterClient.of("B".repeat(60), "Okafor", null)).id();
        tick();
        Household household = caseload.households().create(new CreateHousehold(head));
        household = caseload.households().addMember(
                AddHouseholdMember.to(household, child, RelationshipToHeadOfHousehold.CHILD));
        headStay = caseload.enrollments().enroll(new EnrollClient(head, shelter, household.id(), ENTRY));
        childStay = caseload.enrollments().enroll(new EnrollClient(child, shelter, household.id(), ENTRY));
        String meals = identity.callAs(ADMIN, () -> {
            String group = caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Food")).id();
            return caseload.serviceDeliveries().defineType(new DefineServiceType(group, "Meal", ServiceUnit.COUNT)).id();
        });
        caseload.serviceDeliveries().record(new RecordServiceDelivery(head, headStay.id(), meals, BigDecimal.valueOf(2),
                LocalDate.of(2026, 10, 2)));
        tick();
        // The child leaves first, so the head's exit leaves no member without a head.
        childStay = caseload.enrollments().exit(ExitEnrollment.of(childStay, EXIT, Destination.RENTAL_NO_SUBSIDY));
        headStay = caseload.enrollments().exit(ExitEnrollment.of(headStay, EXIT, Destination.RENTAL_NO_SUBSIDY));
        identity.runAs(OTHER_WORKER, () -> caseload.clients().register(RegisterClient.of("Ruth", "Other", null)));
        identity.runAs(OTHER_ADMIN, () -> caseload.enrollments().registerProject(new RegisterProject("Their shelter")));
        return this;
    }

    /** An id of the library as an export writes it. */
    static String hex(String id) {
        return id.replace("-", "");
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Override
    public void close() {
        caseload.close();
    }
}
