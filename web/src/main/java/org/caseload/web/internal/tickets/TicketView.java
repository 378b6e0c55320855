// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.tickets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseload.core.Permission;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The ticket page, one for the reporter and the local administrator: the library decides what each
 * reads (the reporter the public notes, the administrator every note and the vendor's status
 * changes); the administrator's actions show only to those who hold {@code ticket.administer}.
 */
public final class TicketView {

    private final Services services;

    TicketView(Services services) {
        this.services = services;
    }

    /** The page of the ticket, with the messages of a form on it that was sent back. */
    Reply.View detail(WebRequest request, String ticketId, FormErrors errors) {
        Ticket ticket = services.ticketing().tickets().get(ticketId);
        List<TicketNote> notes = services.ticketing().tickets().notes(ticketId);
        String screenshot = ticket.screenshotType() == null ? null
                : services.ticketing().tickets().screenshot(ticketId).map(ScreenshotField::dataUrl).orElse(null);
        boolean administers = request.can(Permission.TICKET_ADMINISTER.key())
                && ticket.organizationId().equals(request.user().organizationId());
        return Reply.view("tickets/detail.jte", "ticket.detail", "Ticket " + ticket.id())
                .with("ticket", ticket).with("notes", notes).with("screenshot", screenshot)
                .with("administers", administers).with("errors", errors).with("noteText", "")
                .with("drafts", Map.of());
    }

    /** A status as people read it: {@code WAITING_ON_CUSTOMER} is "waiting on customer". */
    public static String label(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whether the local administrator may escalate the ticket now. */
    public static boolean escalable(Ticket ticket) {
        return !ticket.withVendor() && (ticket.status() == TicketStatus.SUBMITTED
                || ticket.status() == TicketStatus.IN_PROGRESS || ticket.status() == TicketStatus.REOPENED);
    }
}
