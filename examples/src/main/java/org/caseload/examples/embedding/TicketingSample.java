// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.embedding;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.ui.Notifier;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.AssignTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;

/** The ticketing sample of {@code docs/ticketing.md}, kept identical to it by a test. */
public final class TicketingSample {

    private TicketingSample() {
    }

    /**
     * A case worker reports a problem with a screenshot; the local administrator takes it, notes
     * what he found and resolves it; notifications go out through {@code notifier}.
     *
     * @return the ticket as the case worker sees it at the end
     */
    public static Ticket reportAndResolve(byte[] screenshotPng, Notifier notifier) {
        Principal caseworker = new Principal("u-17", "Dana Reyes", "shelter-north", Set.of("intake"),
                Set.of("ticket.submit"), Locale.US);
        Principal administrator = new Principal("u-2", "Lee Park", "shelter-north", Set.of("administrators"),
                Set.of("ticket.submit", "ticket.administer"), Locale.US);
        AtomicReference<Principal> signedIn = new AtomicReference<>(caseworker);
        try (Caseload caseload = Caseload.builder()
                .storage(new InMemoryStorage())
                .identity(() -> Optional.of(signedIn.get()))
                .notifier(notifier)
                .build()) {
            // begin ticketing sample
            SupportChannel vendorDesk = message -> { /* the host's call to the vendor's support desk */ };
            Ticketing ticketing = Ticketing.builder(caseload, vendorDesk)
                    .screenshotLimit(5 * 1024 * 1024)            // default: 10 MiB
                    .closeResolvedAfter(Duration.ofDays(14))     // default: 7 days
                    .build();
            TicketService tickets = ticketing.tickets();

            // The case worker reports a problem; the host fills in where she was.
            Ticket reported = tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                            "Save does nothing after I add a second alias.",
                            new TicketSource("client.intake", "intake-v3", "client:42", "4.2.1", "Firefox/128.0"),
                            new ReporterContact("Dana Reyes", "dana@shelter.example", null, ContactMethod.EMAIL))
                    .withScreenshot(Screenshot.of(screenshotPng))
                    .withIdempotencyKey("request-8841"));      // sent again, it returns this same ticket

            // The local administrator works the queue: oldest unassigned first.
            signedIn.set(administrator);
            Ticket next = tickets.queue(TicketQueueQuery.all().unassigned().orderedBy(TicketOrder.OLDEST_FIRST)).get(0);
            next = tickets.startWork(StartWork.of(tickets.assign(AssignTicket.of(next, administrator.userId()))));
            tickets.addNote(AddTicketNote.internalNote(next.id(), "Reproduced on the test server."));
            tickets.resolve(ResolveTicket.of(next, "Fixed in 4.2.2. Reload the intake form."));

            // The host's scheduler, every minute or so: notifications and escalations go out.
            ticketing.deliverPending();

            signedIn.set(caseworker);
            return tickets.get(reported.id());
            // end ticketing sample
        }
    }
}
