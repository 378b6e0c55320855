// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.demo;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReopenTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;

/**
 * The demo's tickets in the statuses {@link DemoTickets} leaves out, so that every status of the
 * organization's side is seeded: resolved, reopened, and escalated (one per organization), each step
 * taken by the demo user who would take it. The escalated ones wait in the outbox until the site's
 * web host connects the vendor desk.
 */
public final class TicketSeed {

    private final TicketService tickets;
    private final BiConsumer<Principal, Runnable> actAs;
    private final Map<String, Principal> users;

    /**
     * A seed for this site's ticketing.
     *
     * @param actAs runs a step as the given user
     * @param users the demo users (dana, lee, sam, morgan)
     */
    public TicketSeed(Ticketing ticketing, BiConsumer<Principal, Runnable> actAs, List<Principal> users) {
        this.tickets = ticketing.tickets();
        this.actAs = actAs;
        this.users = users.stream().collect(Collectors.toMap(Principal::userId, Function.identity()));
    }

    /** Seeds the tickets. */
    public void seed() {
        Ticket resolved = submit("dana", TicketKind.SUGGESTION, "client.search", "Show the client's household"
                + " next to each search result.");
        Ticket reopened = submit("dana", TicketKind.ISSUE, "client.services", "The bus pass amount rounds"
                + " 2.75 to 3.");
        Ticket escalated = submit("dana", TicketKind.ISSUE, "client.profile", "Printing the profile of Rosa Díaz"
                + " gives a blank page; call me back at 555-201-7788.");
        Ticket harbor = submit("sam", TicketKind.ISSUE, "client.search", "The search is slow when the name"
                + " has an accent.");
        as("lee", () -> {
            tickets.resolve(ResolveTicket.of(resolved, "Thank you: the household column is planned for the"
                    + " next release."));
            tickets.resolve(ResolveTicket.of(reopened, "Fixed by the new currency format."));
            tickets.escalate(EscalateTicket.of(tickets.previewEscalation(escalated.id())));
        });
        as("dana", () -> tickets.reopen(ReopenTicket.of(tickets.get(reopened.id()))));
        as("morgan", () -> tickets.escalate(EscalateTicket.of(tickets.previewEscalation(harbor.id()))));
    }

    private Ticket submit(String userId, TicketKind kind, String screen, String description) {
        Ticket[] submitted = new Ticket[1];
        Principal reporter = users.get(userId);
        as(userId, () -> submitted[0] = tickets.submit(SubmitTicket.of(kind, description,
                new TicketSource(screen, null, null, "demo", null),
                new ReporterContact(reporter.displayName(), null, null, ContactMethod.IN_APP))));
        return submitted[0];
    }

    private void as(String userId, Runnable work) {
        actAs.accept(users.get(userId), work);
    }
}
