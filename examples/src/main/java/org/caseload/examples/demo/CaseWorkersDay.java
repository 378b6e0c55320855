// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.LEE;
import static org.caseload.examples.demo.DemoIdentity.SAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CaseNote;
import org.caseload.casework.ClientProfile;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.EditCaseNote;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.Household;
import org.caseload.casework.Project;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.RegisterProject;
import org.caseload.casework.ServiceDelivery;
import org.caseload.casework.ServiceGroup;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.ServiceUnit;

/**
 * The demo's casework chapters: the shelter's administrator sets up a project and the services it
 * delivers; a case worker takes a mother and her son in through the shelter's housing intake form,
 * houses them as one household, enrolls them with the shelter's entry form, writes a note, records
 * services, opens the mother's profile, and exits them to housing two weeks later. Another
 * organization sees none of it.
 */
final class CaseWorkersDay {

    private final DemoIdentity identity;
    private final Consumer<String> chapter;
    private final Consumer<String> say;

    CaseWorkersDay(DemoIdentity identity, Consumer<String> chapter, Consumer<String> say) {
        this.identity = identity;
        this.chapter = chapter;
        this.say = say;
    }

    /** Tells the chapters, numbered from {@code firstChapter}. */
    void run(Caseload caseload, int firstChapter) {
        Setup setup = setUp(caseload, firstChapter);
        Stay stay = takeIn(caseload, setup, firstChapter + 1);
        exitToHousing(caseload, stay, firstChapter + 2);
    }

    /** What the administrator prepares: the project and the service types. */
    private record Setup(Project shelter, ServiceType meal, ServiceType busPass) {
    }

    /** The family's stay: the mother and both enrollments. */
    private record Stay(Client rosa, Enrollment rosasEnrollment, Enrollment mateosEnrollment) {
    }

    private Setup setUp(Caseload caseload, int number) {
        chapter.accept(number + ". The shelter sets up its project and services");
        identity.signIn(LEE);
        Project shelter = caseload.enrollments().registerProject(new RegisterProject("North emergency shelter"));
        ServiceGroup basicNeeds = caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Basic needs"));
        ServiceType meal = caseload.serviceDeliveries().defineType(
                new DefineServiceType(basicNeeds.id(), "Meal", ServiceUnit.COUNT));
        ServiceType busPass = caseload.serviceDeliveries().defineType(
                new DefineServiceType(basicNeeds.id(), "Bus pass", ServiceUnit.CURRENCY));
        say.accept(LEE.displayName() + " registers the project \"" + shelter.name() + "\" and the service group \""
                + basicNeeds.name() + "\": " + meal.name() + " (" + meal.unit() + "), " + busPass.name() + " ("
                + busPass.unit() + ").");
        return new Setup(shelter, meal, busPass);
    }

    private Stay takeIn(Caseload caseload, Setup setup, int number) {
        chapter.accept(number + ". A case worker's day: intake, household, enrollment, note, services");
        identity.signIn(DANA);
        LocalDate arrival = LocalDate.now().minusDays(14);
        ClientDetails rosasDetails = ClientDetails.named("Rosa", "Díaz")
                .withDateOfBirth(LocalDate.of(1991, 7, 14), DobDataQuality.FULL);
        try {
            caseload.clients().register(RegisterClient.of(rosasDetails, housingIntake(40, "benefits", true, null)));
        } catch (ValidationException e) {
            say.accept("A first try at the housing intake form is refused: " + e.violations().stream()
                    .map(violation -> violation.path() + " (" + violation.messageKey() + ")")
                    .collect(Collectors.joining(", ")) + ".");
        }
        Client rosa = caseload.clients().register(RegisterClient.of(rosasDetails,
                housingIntake(12, "benefits", true, "Spanish")));
        Client mateo = caseload.clients().register(RegisterClient.of("Mateo", "Díaz", LocalDate.of(2017, 2, 3)));
        say.accept(DANA.displayName() + " takes in " + rosa.fullName() + " and her son " + mateo.fullName() + ".");
        say.accept("Rosa's " + describe(rosa.form("housing-intake").orElseThrow()) + ".");

        Household household = caseload.households().create(new CreateHousehold(rosa.id()));
        household = caseload.households().addMember(AddHouseholdMember.to(household, mateo.id(),
                RelationshipToHeadOfHousehold.CHILD));
        say.accept("Their household: " + household.members().size() + " members, head " + rosa.details().firstName()
                + "; Mateo is " + household.member(mateo.id()).orElseThrow().relationship() + " (HUD code "
                + household.member(mateo.id()).orElseThrow().relationship().code() + ").");

        FormValues rosasBed = new FormValues("shelter-entry", 1, Map.of("bed", FieldValue.text("B-12"),
                "referredBy", FieldValue.choice("outreach")));
        Enrollment rosasEnrollment = caseload.enrollments().enroll(
                new EnrollClient(rosa.id(), setup.shelter().id(), household.id(), arrival, List.of(rosasBed)));
        Enrollment mateosEnrollment = caseload.enrollments().enroll(
                new EnrollClient(mateo.id(), setup.shelter().id(), household.id(), arrival));
        say.accept("Both enter " + setup.shelter().name() + " on " + arrival + ": " + rosasEnrollment.relationship()
                + " and " + mateosEnrollment.relationship() + ".");
        say.accept("Rosa's enrollment carries the " + describe(rosasEnrollment.forms().get(0)) + "; Mateo's "
                + mateosEnrollment.forms().size() + " forms.");

        CaseNote plan = caseload.caseNotes().write(new WriteCaseNote(rosa.id(), rosasEnrollment.id(), arrival,
                "Housing plan", "Rosa has a housing voucher; search for a two-bedroom flat near Mateo's school.", true));
        say.accept("She writes a read-only note, \"" + plan.regarding() + "\", signed " + plan.authorName() + ".");
        try {
            caseload.caseNotes().edit(new EditCaseNote(plan.id(), plan.version(), arrival, "Changed", "Changed", false));
        } catch (InvalidTransitionException e) {
            say.accept("Editing it later is refused: " + e.getMessage() + ".");
        }

        ServiceDelivery meals = caseload.serviceDeliveries().record(new RecordServiceDelivery(mateo.id(),
                mateosEnrollment.id(), setup.meal().id(), new BigDecimal("3"), arrival));
        ServiceDelivery fare = caseload.serviceDeliveries().record(new RecordServiceDelivery(rosa.id(),
                rosasEnrollment.id(), setup.busPass().id(), new BigDecimal("2.75"), arrival.plusDays(1)));
        say.accept("Services: " + meals.value() + " x " + meals.type().name() + " for Mateo, " + fare.value() + " "
                + fare.type().name() + " for Rosa.");

        ClientProfile profile = caseload.clientProfiles().profile(rosa.id());
        say.accept("Rosa's profile: " + profile.households().size() + " household (primary: "
                + profile.primaryHousehold().isPresent() + "), " + profile.openEnrollments().size()
                + " open enrollment, " + profile.recentNotes().size() + " note, " + profile.recentServices().size()
                + " service.");

        identity.signIn(SAM);
        try {
            caseload.caseNotes().get(plan.id());
        } catch (NotFoundException e) {
            say.accept(SAM.displayName() + " at " + DemoIdentity.HARBOR + " opens the note: " + e.getMessage() + ".");
        }
        return new Stay(rosa, rosasEnrollment, mateosEnrollment);
    }

    /** Values of the shelter's housing intake form, version 1; {@code language} may be null. */
    private static FormValues housingIntake(int nightsHomeless, String incomeSource, boolean needsInterpreter,
                                            String language) {
        Map<String, FieldValue> values = new TreeMap<>(Map.of(
                "nightsHomeless", FieldValue.number(BigDecimal.valueOf(nightsHomeless)),
                "incomeSource", FieldValue.choice(incomeSource),
                "needsInterpreter", FieldValue.bool(needsInterpreter)));
        if (language != null) {
            values.put("language", FieldValue.text(language));
        }
        return new FormValues("housing-intake", 1, values);
    }

    /** The form's id and version, then its values by field id. */
    private static String describe(FormValues form) {
        return form.formId() + " form (version " + form.formVersion() + "): " + new TreeMap<>(form.values())
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + text(entry.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String text(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            return text.text();
        }
        if (value instanceof FieldValue.NumberValue number) {
            return number.number().toPlainString();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.date().toString();
        }
        if (value instanceof FieldValue.BooleanValue bool) {
            return bool.value() ? "yes" : "no";
        }
        if (value instanceof FieldValue.ChoiceValue choice) {
            return choice.option();
        }
        return String.join("+", ((FieldValue.ChoicesValue) value).options());
    }

    private void exitToHousing(Caseload caseload, Stay stay, int number) {
        chapter.accept(number + ". Two weeks later: the family moves out");
        identity.signIn(DANA);
        LocalDate moveOut = LocalDate.now();
        Enrollment mateo = caseload.enrollments().exit(
                ExitEnrollment.of(stay.mateosEnrollment(), moveOut, Destination.RENTAL_WITH_SUBSIDY));
        Enrollment rosa = caseload.enrollments().exit(
                ExitEnrollment.of(stay.rosasEnrollment(), moveOut, Destination.RENTAL_WITH_SUBSIDY));
        say.accept(DANA.displayName() + " exits Rosa and Mateo on " + moveOut + " to " + rosa.destination()
                + " (HUD " + rosa.destination().code() + "); both enrollments are closed: "
                + (!rosa.isOpen() && !mateo.isOpen()) + ".");
        say.accept("Rosa's profile now lists " + caseload.clientProfiles().profile(stay.rosa().id())
                .openEnrollments().size() + " open enrollments.");
    }
}
