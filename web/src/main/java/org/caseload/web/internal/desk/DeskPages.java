// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.desk;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caseload.core.Permission;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.AssignDeskTicket;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The vendor's support desk, for its agents: the queues (untriaged, each tier, the agent's own,
 * every ticket), and a ticket with its triage, assignment, shared and internal notes and status.
 * The desk is a runtime of its own ({@link InProcessDesk}); what an agent shares reaches the
 * organization over HTTP.
 */
public final class DeskPages implements PageModule {

    /** The queues an agent picks from, by the {@code queue} parameter, in the order shown. */
    private static final Map<String, String> QUEUES = queues();

    private final Services services;

    /** The desk's pages over these services (their desk may be absent: the pages then say so). */
    public DeskPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Vendor desk", "/desk", Permission.SUPPORT_DESK.key())
                .get("/desk", this::queue)
                .get("/desk/{id}", request -> detail(request, request.path("id"), new FormErrors()))
                .post("/desk/{id}/assign", request -> change(request, ticket ->
                        desk().assign(AssignDeskTicket.of(ticket, request.user().userId()))))
                .post("/desk/{id}/triage", this::triage)
                .post("/desk/{id}/notes", this::note)
                .post("/desk/{id}/status", this::status);
    }

    private SupportDeskService desk() {
        if (services.desk() == null) {
            throw new org.caseload.spi.error.NotFoundException("SupportDesk", "none");
        }
        return services.desk().service();
    }

    private Reply queue(WebRequest request) {
        String chosen = QUEUES.containsKey(request.param("queue")) ? request.param("queue") : "untriaged";
        DeskQueue query = switch (chosen) {
            case "tier-1" -> DeskQueue.tier(1);
            case "tier-2" -> DeskQueue.tier(2);
            case "tier-3" -> DeskQueue.tier(3);
            case "mine" -> DeskQueue.all(100).assignedTo(request.user().userId());
            case "all" -> DeskQueue.all(100);
            default -> DeskQueue.untriaged();
        };
        List<DeskTicket> tickets = desk().queue(query);
        return Reply.view("desk/queue.jte", "desk.queue", "Vendor desk: " + QUEUES.get(chosen))
                .with("tickets", tickets).with("queue", chosen).with("queues", QUEUES);
    }

    private Reply.View detail(WebRequest request, String id, FormErrors errors) {
        DeskTicket ticket = desk().get(id);
        String screenshot = ticket.hasScreenshot() ? desk().screenshot(id)
                .map(shot -> "data:" + shot.mediaType() + ";base64," + Base64.getEncoder().encodeToString(shot.content()))
                .orElse(null) : null;
        return Reply.view("desk/detail.jte", "desk.ticket", "Desk ticket " + ticket.organizationId() + " / "
                        + ticket.ticketId())
                .with("ticket", ticket).with("notes", desk().notes(id)).with("screenshot", screenshot)
                .with("errors", errors).with("noteText", "").with("resolution", "")
                .with("statuses", List.of(DeskTicketStatus.IN_PROGRESS, DeskTicketStatus.WAITING_ON_CUSTOMER,
                        DeskTicketStatus.CLOSED))
                .with("complexities", List.of(Complexity.values())).with("impacts", List.of(Impact.values()))
                .with("urgencies", List.of(Urgency.values()));
    }

    private Reply change(WebRequest request, Function<DeskTicket, DeskTicket> action) {
        DeskTicket ticket = desk().get(request.path("id"));
        try {
            action.apply(ticket);
            return Reply.redirect("/desk/" + ticket.id());
        } catch (InvalidTransitionException | ConcurrentModificationException refused) {
            return detail(request, ticket.id(), new FormErrors().add("action", refusal(refused)));
        }
    }

    private Reply triage(WebRequest request) {
        DeskTicket ticket = desk().get(request.path("id"));
        Optional<Integer> severity = number(request.param("severity"));
        Optional<Complexity> complexity = choice(Complexity.class, request.param("complexity"));
        Optional<Impact> impact = choice(Impact.class, request.param("impact"));
        Optional<Urgency> urgency = choice(Urgency.class, request.param("urgency"));
        FormErrors errors = new FormErrors();
        if (severity.isEmpty() || severity.get() < 1 || severity.get() > 4) {
            errors.add("severity", "Choose a severity from 1 to 4.");
        }
        complexity.ifPresentOrElse(found -> { }, () -> errors.add("complexity", "Choose a complexity."));
        impact.ifPresentOrElse(found -> { }, () -> errors.add("impact", "Choose an impact."));
        urgency.ifPresentOrElse(found -> { }, () -> errors.add("urgency", "Choose an urgency."));
        if (errors.isEmpty()) {
            return change(request, current -> desk().triage(TriageDeskTicket.of(current, severity.get(),
                    complexity.get(), impact.get(), urgency.get())));
        }
        return detail(request, ticket.id(), errors);
    }

    private Reply note(WebRequest request) {
        String id = request.path("id");
        FormErrors errors = new FormErrors();
        String text = errors.checkText("note", request.param("note"), 10_000);
        if (text.isEmpty() && errors.isEmpty()) {
            errors.add("note", "Write the note first.");
        }
        if (errors.isEmpty()) {
            try {
                desk().addNote("shared".equals(request.param("visibility")) ? AddDeskNote.shared(id, text)
                        : AddDeskNote.internal(id, text));
                return Reply.redirect("/desk/" + id);
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "note");
            }
        }
        return detail(request, id, errors).with("noteText", text);
    }

    private Reply status(WebRequest request) {
        String id = request.path("id");
        FormErrors errors = new FormErrors();
        String resolution = errors.checkText("resolution", request.param("resolution"),
                ResolveTicket.RESOLUTION_MAX_LENGTH);
        Optional<DeskTicketStatus> status = choice(DeskTicketStatus.class, request.param("status"));
        if (status.isEmpty()) {
            errors.add("status", "Choose a status.");
        } else if (status.get() == DeskTicketStatus.RESOLVED && resolution.isEmpty() && errors.isEmpty()) {
            errors.add("resolution", "Write how it was resolved: the organization reads it.");
        }
        if (errors.isEmpty()) {
            try {
                return change(request, ticket -> desk().changeStatus(status.get() == DeskTicketStatus.RESOLVED
                        ? ChangeDeskStatus.resolve(ticket, resolution) : ChangeDeskStatus.of(ticket, status.get())));
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "resolution");
            }
        }
        return detail(request, id, errors).with("resolution", resolution);
    }

    private static Map<String, String> queues() {
        Map<String, String> queues = new LinkedHashMap<>();
        queues.put("untriaged", "Untriaged");
        queues.put("tier-1", "Tier 1");
        queues.put("tier-2", "Tier 2");
        queues.put("tier-3", "Tier 3");
        queues.put("mine", "Assigned to me");
        queues.put("all", "Every ticket");
        return Collections.unmodifiableMap(queues);
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        for (E each : type.getEnumConstants()) {
            if (each.name().equals(value)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    private static String refusal(RuntimeException refused) {
        return refused instanceof ConcurrentModificationException
                ? "Someone changed the ticket meanwhile; here it is as it is now. Try again."
                : "The ticket's status does not allow that now.";
    }
}
