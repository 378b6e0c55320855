// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Household;
import org.caseload.casework.Project;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.casework.ServiceGroup;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.RecordConsent;
import org.caseload.sharing.SharingDirection;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.ticketing.Ticketing;

/**
 * Fills an empty demo site, each step as the demo user who would take it: the projects and
 * services, a family housed together at the shelter, clients of both organizations, and tickets.
 */
public final class DemoSeed {

    private static final String SHELTER = "shelter-north";
    private static final String HARBOR = "harbor-house";

    private final Caseload caseload;
    private final Ticketing ticketing;
    private final BiConsumer<Principal, Runnable> actAs;
    private final Map<String, Principal> users;

    /**
     * A seed for this site.
     *
     * @param actAs runs a step as the given user
     * @param users the demo users (dana, lee, sam, morgan, vic)
     */
    public DemoSeed(Caseload caseload, Ticketing ticketing, BiConsumer<Principal, Runnable> actAs,
                    List<Principal> users) {
        this.caseload = caseload;
        this.ticketing = ticketing;
        this.actAs = actAs;
        this.users = users.stream().collect(java.util.stream.Collectors.toMap(Principal::userId, user -> user));
    }

    /** Seeds the whole demo. */
    public void seed() {
        Project[] shelter = new Project[1];
        ServiceType[] services = new ServiceType[2];
        actAs.accept(users.get("lee"), () -> {
            shelter[0] = caseload.enrollments().registerProject(new RegisterProject("North emergency shelter"));
            ServiceGroup basicNeeds = caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Basic needs"));
            services[0] = caseload.serviceDeliveries().defineType(
                    new DefineServiceType(basicNeeds.id(), "Meal", ServiceUnit.COUNT));
            services[1] = caseload.serviceDeliveries().defineType(
                    new DefineServiceType(basicNeeds.id(), "Bus pass", ServiceUnit.CURRENCY));
        });
        actAs.accept(users.get("dana"), () -> family(shelter[0], services[0], services[1]));
        Client[] maria = new Client[1];
        actAs.accept(users.get("dana"), () -> {
            maria[0] = caseload.clients().register(RegisterClient.of("María", "García", LocalDate.of(1980, 3, 4)));
            caseload.clients().register(RegisterClient.of("John", "Smith", LocalDate.of(1975, 11, 23)));
            // The same man registered twice, as happens: a pair for the merge pages.
            caseload.clients().register(RegisterClient.of("Jon", "Smyth", LocalDate.of(1975, 11, 23))
                    .confirmingDuplicates());
        });
        // Each organization shares its own records one way; together they share both ways.
        Set<SharedRecordKind> kinds = EnumSet.of(SharedRecordKind.CLIENT_IDENTITY, SharedRecordKind.ENROLLMENTS,
                SharedRecordKind.SERVICES);
        LocalDate since = LocalDate.now().minusDays(30);
        actAs.accept(users.get("lee"), () -> caseload.sharing().create(
                new CreateSharingAgreement(SHELTER, HARBOR, SharingDirection.ONE_WAY, kinds, since, null)));
        actAs.accept(users.get("morgan"), () -> caseload.sharing().create(
                new CreateSharingAgreement(HARBOR, SHELTER, SharingDirection.ONE_WAY, kinds, since, null)));
        actAs.accept(users.get("dana"), () -> caseload.consents().record(
                RecordConsent.grant(maria[0].id(), LocalDate.now().plusYears(1), HARBOR)));
        new DemoTickets(ticketing.tickets(), actAs).seed(users.get("dana"), users.get("lee"), users.get("sam"));
        actAs.accept(users.get("morgan"),
                () -> caseload.enrollments().registerProject(new RegisterProject("Harbor street outreach")));
        actAs.accept(users.get("sam"), () -> {
            caseload.clients().register(RegisterClient.of("Ahmed", "Haddad", LocalDate.of(1968, 1, 30)));
        });
    }

    private void family(Project shelter, ServiceType meal, ServiceType busPass) {
        LocalDate arrival = LocalDate.now().minusDays(14);
        ClientDetails rosasDetails = ClientDetails.named("Rosa", "Díaz")
                .withDateOfBirth(LocalDate.of(1991, 7, 14), DobDataQuality.FULL);
        Client rosa = caseload.clients().register(RegisterClient.of(rosasDetails));
        Client mateo = caseload.clients().register(RegisterClient.of("Mateo", "Díaz", LocalDate.of(2017, 2, 3)));
        Household household = caseload.households().create(new CreateHousehold(rosa.id()));
        household = caseload.households().addMember(AddHouseholdMember.to(household, mateo.id(),
                RelationshipToHeadOfHousehold.CHILD));
        FormValues bed = new FormValues("shelter-entry", 1, Map.of("bed", FieldValue.text("B-12"),
                "referredBy", FieldValue.choice("outreach")));
        Enrollment rosas = caseload.enrollments().enroll(
                new EnrollClient(rosa.id(), shelter.id(), household.id(), arrival, List.of(bed)));
        Enrollment mateos = caseload.enrollments().enroll(
                new EnrollClient(mateo.id(), shelter.id(), household.id(), arrival));
        caseload.caseNotes().write(new WriteCaseNote(rosa.id(), rosas.id(), arrival, "Housing plan",
                "Rosa has a housing voucher; search for a two-bedroom flat near Mateo's school.", false));
        caseload.serviceDeliveries().record(new RecordServiceDelivery(mateo.id(), mateos.id(), meal.id(),
                new BigDecimal("3"), arrival));
        caseload.serviceDeliveries().record(new RecordServiceDelivery(rosa.id(), rosas.id(), busPass.id(),
                new BigDecimal("2.75"), arrival.plusDays(1)));
    }
}
