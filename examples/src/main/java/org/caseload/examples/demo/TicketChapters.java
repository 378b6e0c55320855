// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.LEE;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.AssignTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.ResolveTicket;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.StartWork;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketEvent;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.WaitForCustomer;

/**
 * The demo's support-ticket chapters: a case worker reports a problem from the intake screen with
 * a screenshot; the shelter's local administrator asks her a question, hears back and resolves it.
 * Notifications are printed as the host would send them. What goes to the vendor is the escalation
 * chapter's, over HTTP.
 */
final class TicketChapters {

    private static final String INTAKE_SCREEN = "client.intake";
    static final String APPLICATION_VERSION = "4.2.1";
    private static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0";
    private static final ReporterContact DANA_BY_EMAIL =
            new ReporterContact("Dana Reyes", "dana.reyes@shelter-north.example", null, ContactMethod.EMAIL);

    private final DemoIdentity identity;
    private final DemoNotifier notifier;
    private final Consumer<String> chapter;
    private final Consumer<String> say;

    TicketChapters(DemoIdentity identity, DemoNotifier notifier, Consumer<String> chapter, Consumer<String> say) {
        this.identity = identity;
        this.notifier = notifier;
        this.chapter = chapter;
        this.say = say;
    }

    /** Tells the chapters; {@code clientReference} is the record on Dana's screen. */
    void run(Ticketing ticketing, String clientReference, int firstChapter) {
        Ticket reported = report(ticketing, clientReference, firstChapter);
        answerAndResolve(ticketing, reported, firstChapter + 1);
    }

    private Ticket report(Ticketing ticketing, String clientReference, int number) {
        chapter.accept(number + ". A problem reported from the intake screen, with a screenshot");
        TicketService tickets = ticketing.tickets();
        identity.signIn(DANA);
        SubmitTicket submission = SubmitTicket.of(TicketKind.ISSUE,
                        "The Save button on the intake form does nothing after I add a second alias.",
                        new TicketSource(INTAKE_SCREEN, "intake-v3", clientReference, APPLICATION_VERSION, USER_AGENT),
                        DANA_BY_EMAIL)
                .withScreenshot(Screenshot.of(DemoScreenshot.intakeForm()))
                .withIdempotencyKey("request-" + UUID.randomUUID());
        Ticket ticket = tickets.submit(submission);
        say.accept(DANA.displayName() + " reports an issue from screen " + ticket.source().screenId() + " about "
                + clientReference + ", with a " + ticket.screenshotType() + " screenshot: ticket " + ticket.id()
                + " is " + ticket.status() + ".");
        Ticket again = tickets.submit(submission);
        say.accept("Her browser sends the form a second time; the same key returns "
                + (again.id().equals(ticket.id()) ? "the same ticket, and nothing new is created." : "a new ticket!"));
        deliverNotifications(ticketing);
        return ticket;
    }

    private void answerAndResolve(Ticketing ticketing, Ticket reported, int number) {
        chapter.accept(number + ". The local administrator answers and resolves it");
        TicketService tickets = ticketing.tickets();
        identity.signIn(LEE);
        List<Ticket> unassigned = tickets.queue(TicketQueueQuery.all()
                .inStatus(TicketStatus.SUBMITTED, TicketStatus.REOPENED)
                .unassigned()
                .orderedBy(TicketOrder.OLDEST_FIRST));
        Ticket ticket = unassigned.get(0);
        say.accept(LEE.displayName() + " opens the queue of unassigned tickets, oldest first: " + unassigned.size()
                + " ticket, " + ticket.kind() + " from " + ticket.source().screenId() + " (version "
                + ticket.source().applicationVersion() + "), with a screenshot of "
                + tickets.screenshot(ticket.id()).orElseThrow().size() + " bytes.");
        ticket = tickets.assign(AssignTicket.of(ticket, LEE.userId()));
        ticket = tickets.startWork(StartWork.of(ticket));
        tickets.addNote(AddTicketNote.publicNote(ticket.id(), "Does it also happen with a single alias?"));
        ticket = tickets.waitForCustomer(WaitForCustomer.of(ticket));
        say.accept("He takes it, asks Dana a question and waits: the ticket is " + ticket.status() + ".");
        deliverNotifications(ticketing);

        identity.signIn(DANA);
        tickets.addNote(AddTicketNote.publicNote(reported.id(), "Only with two aliases or more."));
        say.accept(DANA.displayName() + " answers; her reply puts the ticket back "
                + tickets.get(reported.id()).status() + ".");

        identity.signIn(LEE);
        tickets.addNote(AddTicketNote.internalNote(reported.id(),
                "Reproduced: the alias cache rejects a second entry."));
        ticket = tickets.resolve(ResolveTicket.of(tickets.get(reported.id()),
                "Fixed: the alias cache is cleared on save. Reload the intake form."));
        say.accept(LEE.displayName() + " notes what he found, internally, and resolves it: the ticket is "
                + ticket.status() + ".");
        deliverNotifications(ticketing);

        identity.signIn(DANA);
        Ticket seen = tickets.get(reported.id());
        List<TicketNote> notes = tickets.notes(reported.id());
        say.accept(DANA.displayName() + " sees it " + seen.status() + " (\"" + seen.resolution() + "\") and "
                + notes.size() + " notes; the internal one is not among them.");
        identity.signIn(LEE);
        say.accept("Its history: " + tickets.history(reported.id()).stream()
                .map(TicketChapters::describe)
                .collect(Collectors.joining(", ")) + ".");
    }

    /** Runs the host's delivery, as its scheduler would, and tells what the notifier sent. */
    private void deliverNotifications(Ticketing ticketing) {
        ticketing.deliverPending();
        notifier.drain().forEach(line -> say.accept("Notification " + line));
    }

    private static String describe(TicketEvent event) {
        return switch (event.type()) {
            case SUBMITTED -> "submitted";
            case STATUS_CHANGED -> event.toStatus().toString();
            case ASSIGNED -> "assigned to " + event.assigneeUserId();
            case NOTE_ADDED -> event.noteVisibility().toString().toLowerCase(Locale.ROOT) + " note";
        };
    }
}
