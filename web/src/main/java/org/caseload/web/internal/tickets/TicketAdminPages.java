// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.tickets;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.caseload.core.Permission;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.EscalationPreview;
import org.caseload.ticketing.ReplyToVendor;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.ShareWithVendor;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNotEscalatedException;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.WaitForCustomer;
import org.caseload.ticketing.WithdrawEscalation;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The local administrator's ticket pages: the queue by status, the ticket's workflow (start work,
 * wait for the customer, resolve), the escalation preview that shows exactly what would leave, and
 * the way back from the vendor (reply, share a note, withdraw).
 */
public final class TicketAdminPages implements PageModule {

    private final Services services;
    private final TicketView views;

    /** The administrator's pages over these services. */
    public TicketAdminPages(Services services) {
        this.services = services;
        this.views = new TicketView(services);
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Ticket queue", "/ticket-queue", Permission.TICKET_ADMINISTER.key())
                .get("/ticket-queue", this::queue)
                .post("/tickets/{id}/start", request -> change(request, (tickets, ticket) ->
                        tickets.startWork(StartWork.of(ticket))))
                .post("/tickets/{id}/wait", request -> change(request, (tickets, ticket) ->
                        tickets.waitForCustomer(WaitForCustomer.of(ticket))))
                .post("/tickets/{id}/resolve", request -> withText(request, "resolution",
                        ResolveTicket.RESOLUTION_MAX_LENGTH, (tickets, ticket, text) -> tickets.resolve(ResolveTicket.of(ticket, text))))
                .post("/tickets/{id}/reply-to-vendor", request -> withText(request, "reply",
                        AddTicketNote.TEXT_MAX_LENGTH, (tickets, ticket, text) -> tickets.replyToVendor(ReplyToVendor.of(ticket, text))))
                .post("/tickets/{id}/share-with-vendor", request -> withText(request, "share",
                        AddTicketNote.TEXT_MAX_LENGTH, (tickets, ticket, text) -> tickets.shareWithVendor(ShareWithVendor.note(ticket, text))))
                .post("/tickets/{id}/withdraw", request -> withText(request, "reason",
                        ResolveTicket.RESOLUTION_MAX_LENGTH, (tickets, ticket, text) -> tickets.withdrawEscalation(WithdrawEscalation.of(ticket, text))))
                .get("/tickets/{id}/escalate", this::preview)
                .post("/tickets/{id}/escalate", this::escalate);
    }

    private TicketService tickets() {
        return services.ticketing().tickets();
    }

    private Reply queue(WebRequest request) {
        Optional<TicketStatus> status = Arrays.stream(TicketStatus.values())
                .filter(each -> each.name().equals(request.param("status"))).findFirst();
        TicketQueueQuery query = status.map(TicketQueueQuery.all()::inStatus).orElse(TicketQueueQuery.all());
        List<Ticket> tickets = tickets().queue(query);
        return Reply.view("tickets/queue.jte", "ticket.queue", "Ticket queue")
                .with("tickets", tickets).with("status", status.orElse(null))
                .with("statuses", List.of(TicketStatus.values()));
    }

    private Reply change(WebRequest request, BiFunction<TicketService, Ticket, Ticket> action) {
        Ticket ticket = tickets().get(request.path("id"));
        try {
            action.apply(tickets(), ticket);
            return Reply.redirect("/tickets/" + ticket.id());
        } catch (InvalidTransitionException | ConcurrentModificationException | TicketNotEscalatedException refused) {
            return views.detail(request, ticket.id(), new FormErrors().add("action", refusal(refused)));
        }
    }

    /** An action with the text of one field; each form of the page has a field of its own name. */
    private Reply withText(WebRequest request, String field, int maxLength, TextAction action) {
        Ticket ticket = tickets().get(request.path("id"));
        FormErrors errors = new FormErrors();
        String text = errors.checkText(field, request.param(field), maxLength);
        if (text.isEmpty() && errors.isEmpty()) {
            errors.add(field, "Write the text first.");
        }
        if (errors.isEmpty()) {
            try {
                action.apply(tickets(), ticket, text);
                return Reply.redirect("/tickets/" + ticket.id());
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> field);
            } catch (InvalidTransitionException | ConcurrentModificationException
                     | TicketNotEscalatedException refused) {
                errors.add("action", refusal(refused));
            }
        }
        return views.detail(request, ticket.id(), errors).with("drafts", Map.of(field, text));
    }

    private Reply preview(WebRequest request) {
        EscalationPreview preview = tickets().previewEscalation(request.path("id"));
        return Reply.view("tickets/escalate.jte", "ticket.escalate", "Escalate ticket " + preview.ticketId())
                .with("preview", preview).with("errors", new FormErrors());
    }

    private Reply escalate(WebRequest request) {
        EscalationPreview preview = tickets().previewEscalation(request.path("id"));
        FormErrors errors = new FormErrors();
        if (!String.valueOf(preview.expectedVersion()).equals(request.param("version"))) {
            errors.add("form", "The ticket changed since this preview: check what would leave again.");
        } else {
            EscalateTicket command = EscalateTicket.of(preview);
            boolean withScreenshot = preview.hasScreenshot() && "yes".equals(request.param("sendScreenshot"));
            try {
                tickets().escalate(withScreenshot ? command.withScreenshotConfirmedFreeOfClientData() : command);
                return Reply.redirect("/tickets/" + preview.ticketId());
            } catch (InvalidTransitionException | ConcurrentModificationException refused) {
                errors.add("form", refusal(refused));
            }
        }
        return Reply.view("tickets/escalate.jte", "ticket.escalate", "Escalate ticket " + preview.ticketId())
                .with("preview", preview).with("errors", errors);
    }

    private static String refusal(RuntimeException refused) {
        if (refused instanceof ConcurrentModificationException) {
            return "Someone changed the ticket meanwhile; here it is as it is now. Try again.";
        }
        if (refused instanceof TicketNotEscalatedException) {
            return "The ticket is not with the vendor.";
        }
        return "The ticket's status does not allow that now.";
    }

    /** An action that takes the text of the form's text field. */
    @FunctionalInterface
    private interface TextAction {
        Ticket apply(TicketService tickets, Ticket ticket, String text);
    }
}
