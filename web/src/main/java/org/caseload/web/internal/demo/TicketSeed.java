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
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.CloseTicket;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReopenTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.WaitForCustomer;

/**
 * The demo's tickets, one in every status of the organization's side, each step taken by the demo
 * user who would take it: submitted by the case workers, worked by the local administrators. The
 * escalated ones wait in the outbox until the site's web host connects the vendor desk.
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
        submit("dana", TicketKind.QUESTION, "client.search", "How do I find a client registered under a"
                + " previous family name?");
        Ticket working = submit("dana", TicketKind.ISSUE, "client.profile", "The enrollment list on the client"
                + " profile shows exits twice after a household member leaves.");
        Ticket waiting = submit("dana", TicketKind.ISSUE, "client.intake", "Intake asks for a date of birth"
                + " quality even when the date is complete.");
        Ticket resolved = submit("dana", TicketKind.SUGGESTION, "client.search", "Show the client's household"
                + " next to each search result.");
        Ticket closed = submit("dana", TicketKind.QUESTION, "client.notes", "Can a case note be made private"
                + " to my team?");
        Ticket reopened = submit("dana", TicketKind.ISSUE, "client.services", "The bus pass amount rounds"
                + " 2.75 to 3.");
        Ticket escalated = submit("dana", TicketKind.ISSUE, "client.profile", "Printing the profile of Rosa Díaz"
                + " gives a blank page; call me back at 555-201-7788.");
        Ticket harbor = submit("sam", TicketKind.ISSUE, "client.search", "The search is slow when the name"
                + " has an accent.");
        as("lee", () -> {
            tickets.startWork(StartWork.of(working));
            tickets.addNote(AddTicketNote.internalNote(working.id(), "Seen on two households; likely a report bug."));
            Ticket started = tickets.startWork(StartWork.of(waiting));
            tickets.addNote(AddTicketNote.publicNote(waiting.id(), "Which browser do you use?"));
            tickets.waitForCustomer(WaitForCustomer.of(started));
            tickets.resolve(ResolveTicket.of(resolved, "Thank you: the household column is planned for the"
                    + " next release."));
            Ticket answered = tickets.resolve(ResolveTicket.of(closed, "Yes: tick \"Restricted\" when you"
                    + " write the note."));
            tickets.close(CloseTicket.of(answered));
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
