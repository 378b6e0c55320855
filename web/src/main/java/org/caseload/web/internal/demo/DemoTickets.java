// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.demo;

import java.util.function.BiConsumer;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.AssignTicket;
import org.caseload.ticketing.CloseTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.WaitForCustomer;

/**
 * The demo's tickets, in the states a queue holds: submitted, in progress, waiting for the
 * reporter, resolved and closed, reported by case workers and worked by their local administrator.
 */
final class DemoTickets {

    private final TicketService tickets;
    private final BiConsumer<Principal, Runnable> actAs;

    DemoTickets(TicketService tickets, BiConsumer<Principal, Runnable> actAs) {
        this.tickets = tickets;
        this.actAs = actAs;
    }

    void seed(Principal dana, Principal lee, Principal sam) {
        ReporterContact danaByEmail = new ReporterContact("Dana Reyes", "dana.reyes@shelter-north.example", null,
                ContactMethod.EMAIL);
        Ticket[] reported = new Ticket[4];
        actAs.accept(dana, () -> {
            reported[0] = tickets.submit(SubmitTicket.of(TicketKind.QUESTION,
                    "How do I record a client's street name so that the search finds it?",
                    TicketSource.screen("client.search"), danaByEmail));
            reported[1] = tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                    "The services page shows the bus pass amount without cents.",
                    TicketSource.screen("client.services"), danaByEmail));
            reported[2] = tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                    "Exiting an enrollment asks for a destination the list does not have.",
                    TicketSource.screen("client.enrollment"), danaByEmail));
            reported[3] = tickets.submit(SubmitTicket.of(TicketKind.SUGGESTION,
                    "Show the household head's phone number on the household page.",
                    TicketSource.screen("client.household"), danaByEmail));
        });
        actAs.accept(lee, () -> {
            Ticket working = tickets.startWork(StartWork.of(tickets.assign(AssignTicket.of(reported[1], lee.userId()))));
            tickets.addNote(AddTicketNote.internalNote(working.id(), "Reproduced with 2.50: the trailing zero is lost."));
            Ticket waiting = tickets.startWork(StartWork.of(tickets.assign(AssignTicket.of(reported[2], lee.userId()))));
            tickets.addNote(AddTicketNote.publicNote(waiting.id(), "Which destination did the client give?"));
            tickets.waitForCustomer(WaitForCustomer.of(tickets.get(waiting.id())));
            Ticket done = tickets.startWork(StartWork.of(tickets.assign(AssignTicket.of(reported[3], lee.userId()))));
            Ticket resolved = tickets.resolve(ResolveTicket.of(done, "Added to the next release's household page."));
            tickets.close(CloseTicket.of(resolved));
        });
        actAs.accept(sam, () -> tickets.submit(SubmitTicket.of(TicketKind.QUESTION,
                "Can we see the shelter's enrollments of a client we share?", TicketSource.screen("client.enrollment"),
                new ReporterContact("Sam Okafor", null, null, ContactMethod.IN_APP))));
    }
}
