// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CaseNote;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.HistoryRequest;
import org.caseload.casework.Household;
import org.caseload.casework.HouseholdMember;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.ServiceType;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.Client;
import org.caseload.core.Caseload;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.web.internal.Choice;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * A client's casework, one page per kind of record with its form: the household (its head and
 * members), enrollments and exits, case notes and services. Each form is sent back with messages
 * beside its fields when the library or the checks refuse it.
 */
public final class CaseworkPages implements PageModule {

    private final Services services;

    /** The casework pages over these services. */
    public CaseworkPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/clients/{id}/household", request -> household(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/household", this::startHousehold)
                .post("/clients/{id}/household/members", this::addMember)
                .get("/clients/{id}/enrollments", request -> enrollments(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/enrollments", this::enroll)
                .post("/clients/{id}/enrollments/{enrollment}/exit", this::exit)
                .get("/clients/{id}/notes", request -> notes(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/notes", this::writeNote)
                .get("/clients/{id}/services", request -> deliveries(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/services", this::recordService);
    }

    private Caseload caseload() {
        return services.caseload();
    }

    private Reply.View household(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = caseload().clients().get(request.path("id"));
        List<Household> households = caseload().households().householdsOf(client.id());
        return Reply.view("clients/household.jte", "client.household", "Household of " + client.fullName())
                .with("client", client).with("households", households)
                .with("names", ClientNames.of(caseload(), households)).with("errors", errors).with("sent", sent);
    }

    private Reply startHousehold(WebRequest request) {
        Client client = caseload().clients().get(request.path("id"));
        caseload().households().create(new CreateHousehold(client.id()));
        return Reply.redirect("/clients/" + client.id() + "/household?done=household");
    }

    private Reply addMember(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("memberId", request.param("memberId"),
                "relationship", request.param("relationship"));
        String memberId = errors.requiredText("memberId", sent.get("memberId"), 100);
        RelationshipToHeadOfHousehold relationship = errors.choice("relationship", sent.get("relationship"),
                RelationshipToHeadOfHousehold.class, true);
        String householdId = request.param("household");
        if (errors.isEmpty()) {
            try {
                Household household = caseload().households().get(householdId);
                caseload().households().addMember(AddHouseholdMember.to(household, memberId, relationship));
                return Reply.redirect("/clients/" + request.path("id") + "/household?done=member");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("clientId") ? "memberId"
                        : path.endsWith("relationship") ? "relationship" : null);
            } catch (org.caseload.spi.error.NotFoundException unknown) {
                errors.add("memberId", "No client you may see has this id.");
            }
        }
        return household(request, errors, sent);
    }

    private Reply.View enrollments(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = caseload().clients().get(request.path("id"));
        String formId = errors.checkText("form", request.param("form"), 100);
        FormDefinition entryForm = formId.isEmpty() ? null
                : OrganizationForms.latest(services.forms(), request.user().organizationId(), formId);
        Map<String, List<String>> entryValues = new HashMap<>();
        if (entryForm != null) {
            entryForm.fields().forEach(field -> entryValues.put(FormInput.name(field),
                    request.params(FormInput.name(field))));
        }
        List<Enrollment> enrollments = caseload().enrollments().enrollmentsOf(client.id());
        return Reply.view("clients/enrollments.jte", "client.enrollment", "Enrollments of " + client.fullName())
                .with("client", client).with("enrollments", enrollments)
                .with("successors", successors(client, enrollments))
                .with("projects", caseload().enrollments().projects())
                .with("destinations", List.of(Destination.values())).with("errors", errors).with("sent", sent)
                .with("today", LocalDate.now().toString())
                .with("forms", OrganizationForms.latest(services.forms(), request.user().organizationId()))
                .with("entryForm", entryForm).with("entryValues", entryValues);
    }

    private Reply enroll(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("project", request.param("project"), "entryDate", request.param("entryDate"));
        String projectId = errors.requiredText("project", sent.get("project"), 100);
        LocalDate entry = errors.date("entryDate", sent.get("entryDate"), true);
        String clientId = request.path("id");
        String formId = errors.checkText("form", request.param("form"), 100);
        List<FormValues> entryForms = formId.isEmpty() ? List.of() : List.of(FormInput.read(
                OrganizationForms.latest(services.forms(), request.user().organizationId(), formId), request, errors));
        if (errors.isEmpty()) {
            try {
                Household household = caseload().households().primaryHouseholdOf(clientId)
                        .or(() -> caseload().households().householdsOf(clientId).stream().findFirst())
                        .orElseGet(() -> caseload().households().create(new CreateHousehold(clientId)));
                caseload().enrollments().enroll(new EnrollClient(clientId, projectId, household.id(), entry,
                        entryForms));
                return Reply.redirect("/clients/" + clientId + "/enrollments?done=enrolled");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("entryDate") ? "entryDate"
                        : path.endsWith("projectId") ? "project" : FormInput.fieldOf(path));
            }
        }
        return enrollments(request, errors, sent);
    }

    /**
     * For each open enrollment of the client as head of household, the members who stay in that
     * stay and may become the head when the client exits: the exit form then asks for one.
     */
    private Map<String, List<Choice>> successors(Client client, List<Enrollment> enrollments) {
        Map<String, List<Choice>> successors = new HashMap<>();
        for (Enrollment head : enrollments) {
            if (!head.isOpen() || head.householdId() == null
                    || head.relationship() != RelationshipToHeadOfHousehold.SELF) {
                continue;
            }
            List<Choice> staying = new ArrayList<>();
            for (HouseholdMember member : caseload().households().get(head.householdId()).members()) {
                if (member.clientId().equals(client.id())) {
                    continue;
                }
                String name = caseload().clients().get(member.clientId()).fullName();
                caseload().enrollments().enrollmentsOf(member.clientId()).stream()
                        .filter(other -> other.isOpen() && Objects.equals(other.householdStayId(), head.householdStayId()))
                        .forEach(other -> staying.add(new Choice(other.id(), name)));
            }
            if (!staying.isEmpty()) {
                successors.put(head.id(), staying);
            }
        }
        return successors;
    }

    private Reply exit(WebRequest request) {
        FormErrors errors = new FormErrors();
        String enrollmentId = request.path("enrollment");
        Map<String, String> sent = Map.of("exitDate", request.param("exitDate"),
                "destination", request.param("destination"), "newHead", request.param("newHead"),
                "enrollment", enrollmentId);
        LocalDate exitDate = errors.date("exitDate", sent.get("exitDate"), true);
        Destination destination = errors.choice("destination", sent.get("destination"), Destination.class, true);
        String newHead = errors.checkText("newHead", sent.get("newHead"), 100);
        if (errors.isEmpty()) {
            try {
                Enrollment enrollment = caseload().enrollments().get(enrollmentId);
                caseload().enrollments().exit(new ExitEnrollment(enrollment.id(), enrollment.version(), exitDate,
                        destination, newHead.isEmpty() ? null : newHead));
                return Reply.redirect("/clients/" + request.path("id") + "/enrollments?done=exited");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("exitDate") ? "exitDate"
                        : path.endsWith("destination") ? "destination"
                        : path.endsWith("newHeadEnrollmentId") ? "newHead" : null);
            }
        }
        return enrollments(request, errors, sent);
    }

    private Reply.View notes(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = caseload().clients().get(request.path("id"));
        List<CaseNote> notes = caseload().caseNotes().notesOf(new HistoryRequest(client.id(), HistoryRequest.MAX_LIMIT));
        return Reply.view("clients/notes.jte", "client.notes", "Case notes of " + client.fullName())
                .with("client", client).with("notes", notes).with("errors", errors).with("sent", sent)
                .with("today", LocalDate.now().toString());
    }

    private Reply writeNote(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("regarding", request.param("regarding"), "text", request.param("text"),
                "noteDate", request.param("noteDate"));
        String regarding = errors.requiredText("regarding", sent.get("regarding"), WriteCaseNote.REGARDING_MAX_LENGTH);
        String text = errors.requiredText("text", sent.get("text"), WriteCaseNote.TEXT_MAX_LENGTH);
        LocalDate date = errors.date("noteDate", sent.get("noteDate"), true);
        if (errors.isEmpty()) {
            try {
                caseload().caseNotes().write(new WriteCaseNote(request.path("id"), null, date, regarding, text,
                        false));
                return Reply.redirect("/clients/" + request.path("id") + "/notes?done=note");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("regarding") ? "regarding"
                        : path.endsWith("text") ? "text" : path.endsWith("noteDate") ? "noteDate" : null);
            }
        }
        return notes(request, errors, sent);
    }

    private Reply.View deliveries(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = caseload().clients().get(request.path("id"));
        List<ServiceType> types = caseload().serviceDeliveries().catalog().stream()
                .flatMap(group -> group.types().stream()).toList();
        return Reply.view("clients/services.jte", "client.services", "Services for " + client.fullName())
                .with("client", client)
                .with("deliveries", caseload().serviceDeliveries().deliveriesOf(
                        new HistoryRequest(client.id(), HistoryRequest.MAX_LIMIT)))
                .with("types", types).with("errors", errors).with("sent", sent)
                .with("today", LocalDate.now().toString());
    }

    private Reply recordService(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("serviceType", request.param("serviceType"),
                "amount", request.param("amount"), "deliveredOn", request.param("deliveredOn"));
        String type = errors.requiredText("serviceType", sent.get("serviceType"), 100);
        BigDecimal amount = errors.number("amount", sent.get("amount"), true);
        LocalDate on = errors.date("deliveredOn", sent.get("deliveredOn"), true);
        if (errors.isEmpty()) {
            try {
                Optional<String> enrollment = caseload().enrollments().enrollmentsOf(request.path("id")).stream()
                        .filter(Enrollment::isOpen).map(Enrollment::id).findFirst();
                caseload().serviceDeliveries().record(new RecordServiceDelivery(request.path("id"),
                        enrollment.orElse(null), type, amount, on));
                return Reply.redirect("/clients/" + request.path("id") + "/services?done=service");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("value") ? "amount"
                        : path.endsWith("deliveredOn") ? "deliveredOn"
                        : path.endsWith("serviceTypeId") ? "serviceType" : null);
            }
        }
        return deliveries(request, errors, sent);
    }
}
