// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.embedding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.ClientProfile;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.Household;
import org.caseload.casework.Project;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.casework.ServiceGroup;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.casework.ServiceUnit;

/** The casework sample of {@code docs/casework.md}, kept identical to it by a test. */
public final class CaseworkSample {

    private CaseworkSample() {
    }

    /** A household taken in, enrolled, noted, served and exited; returns the head's profile. */
    public static ClientProfile takeInAFamily() {
        Principal caseworker = new Principal("u-17", "Dana Reyes", "shelter-north", Set.of("intake"),
                Set.of("client.read", "client.write", "casework.administer"), Locale.US);
        try (Caseload caseload = Caseload.builder()
                .storage(new InMemoryStorage())
                .identity(() -> Optional.of(caseworker))
                .build()) {
            // begin casework sample
            Project shelter = caseload.enrollments().registerProject(new RegisterProject("Emergency shelter"));
            ServiceGroup basics = caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Basic needs"));
            ServiceType meal = caseload.serviceDeliveries().defineType(
                    new DefineServiceType(basics.id(), "Meal", ServiceUnit.COUNT));

            String rosa = caseload.clients().register(RegisterClient.of("Rosa", "Diaz", LocalDate.of(1991, 7, 14))).id();
            String mateo = caseload.clients().register(RegisterClient.of("Mateo", "Diaz", LocalDate.of(2017, 2, 3))).id();
            Household family = caseload.households().create(new CreateHousehold(rosa));
            family = caseload.households().addMember(
                    AddHouseholdMember.to(family, mateo, RelationshipToHeadOfHousehold.CHILD));

            LocalDate today = LocalDate.now();
            Enrollment stay = caseload.enrollments().enroll(new EnrollClient(rosa, shelter.id(), family.id(), today));
            Enrollment sonsStay = caseload.enrollments().enroll(
                    new EnrollClient(mateo, shelter.id(), family.id(), today));
            caseload.caseNotes().write(WriteCaseNote.about(rosa, today, "Intake", "Arrived with her son."));
            caseload.serviceDeliveries().record(
                    new RecordServiceDelivery(rosa, stay.id(), meal.id(), BigDecimal.ONE, today));
            // The head leaves last: a household is never without its head.
            caseload.enrollments().exit(ExitEnrollment.of(sonsStay, today, Destination.RENTAL_WITH_SUBSIDY));
            caseload.enrollments().exit(ExitEnrollment.of(stay, today, Destination.RENTAL_WITH_SUBSIDY));

            return caseload.clientProfiles().profile(rosa);
            // end casework sample
        }
    }
}
