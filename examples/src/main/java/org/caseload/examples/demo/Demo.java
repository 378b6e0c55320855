package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.LEE;
import static org.caseload.examples.demo.DemoIdentity.SAM;
import static org.caseload.examples.demo.DemoIdentity.SUPPORT_LINK;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseload.clients.Client;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.HelpService;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.AuditQuery;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.TicketContact.ContactMethod;
import org.caseload.spi.storage.TicketKind;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;

/**
 * Embeds Caseload as a host would, with two organizations (a shelter and a harbor outreach
 * program) and the vendor's support desk, and tells what happens.
 */
public final class Demo {

    private static final String INTAKE_SCREEN = "client.intake";

    private final PrintStream out;
    private final DemoIdentity identity = new DemoIdentity();
    private final VendorDesk vendor = new VendorDesk();

    Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo on embedded H2: in the folder given as the first argument, or in a new
     * temporary folder, so that every run starts from an empty database.
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("caseload-demo");
        System.out.println("Caseload demo, on an embedded H2 database in " + folder);
        try (JdbcStorage storage = JdbcStorage.embedded(folder)) {
            new Demo(System.out).run(storage);
        }
    }

    /** Runs the whole story on the given storage. */
    void run(Storage storage) {
        try (Caseload caseload = Caseload.builder().storage(storage).identity(identity).build()) {
            Ticketing ticketing = Ticketing.create(caseload, vendor);
            HelpService help = Help.create(caseload, HelpContent.fromClasspath("demo-help"));

            Client maria = registerAndFind(caseload);
            keepOrganizationsApart(caseload, maria);
            showToolTips(help);
            Ticket ticket = reportAndEscalate(ticketing);
            answerFromTheVendor(ticketing, ticket);
            showAuditTrail(storage);
        }
    }

    private Client registerAndFind(Caseload caseload) {
        chapter("1. Intake at " + DemoIdentity.SHELTER);
        identity.signIn(DANA);
        Client maria = caseload.clients().register(RegisterClient.of("María", "García", LocalDate.of(1980, 3, 4)));
        say(DANA.displayName() + " registers " + maria.fullName() + ", born " + maria.dateOfBirth()
                + " (client " + maria.id() + ").");
        List<ClientMatch> found = caseload.clients().search(ClientSearch.byName("garcia maria"));
        say("A search for \"garcia maria\" finds " + found.size() + " client: " + found.get(0).client().fullName()
                + " (score " + found.get(0).score() + ").");
        return maria;
    }

    private void keepOrganizationsApart(Caseload caseload, Client maria) {
        chapter("2. Another organization sees nothing");
        identity.signIn(SAM);
        int matches = caseload.clients().search(ClientSearch.byName("garcia maria")).size();
        say(SAM.displayName() + " at " + DemoIdentity.HARBOR + " searches \"garcia maria\": " + matches + " matches.");
        try {
            caseload.clients().get(maria.id());
        } catch (NotFoundException e) {
            say("Opening the client by id answers: " + e.getMessage() + ".");
        }
    }

    private void showToolTips(HelpService help) {
        chapter("3. Tool tips");
        identity.signIn(DANA);
        say(DANA.displayName() + " (" + DANA.locale().toLanguageTag() + ") rests on the date-of-birth field: "
                + toolTipText(help));
        identity.signIn(SAM);
        say(SAM.displayName() + " (" + SAM.locale().toLanguageTag() + ") sees the product default: "
                + toolTipText(help));
    }

    private String toolTipText(HelpService help) {
        return help.toolTip(INTAKE_SCREEN, "dateOfBirth")
                .map(tip -> "\"" + tip.text() + "\" [" + tip.source() + ", " + tip.locale().toLanguageTag() + "]")
                .orElse("(no tip)");
    }

    private Ticket reportAndEscalate(Ticketing ticketing) {
        chapter("4. A problem reported and escalated");
        TicketService tickets = ticketing.tickets();
        identity.signIn(DANA);
        Ticket ticket = tickets.submit(new SubmitTicket(TicketKind.ISSUE,
                "The Save button on the intake form does nothing after I add a second alias.",
                new TicketSource(INTAKE_SCREEN, "intake-v3", "4.2.1"),
                new ReporterContact("Dana Reyes", "dana.reyes@shelter-north.example", null, ContactMethod.EMAIL)));
        say(DANA.displayName() + " reports an issue from screen " + ticket.screenId() + ": ticket " + ticket.id()
                + " is " + ticket.status() + ".");

        identity.signIn(LEE);
        List<Ticket> queue = tickets.queue(TicketQueueQuery.all());
        say(LEE.displayName() + " opens the queue: " + queue.size() + " ticket, " + queue.get(0).kind() + ", "
                + queue.get(0).status() + ".");
        Ticket escalated = tickets.escalate(EscalateTicket.of(queue.get(0)));
        int sent = ticketing.deliverPending();
        say(LEE.displayName() + " escalates it: the ticket is " + escalated.status() + ", " + sent
                + " message left for the vendor.");
        SupportMessage.Escalation arrived = vendor.received().get(0);
        say("The vendor's desk receives ticket " + arrived.ticketId() + " from " + arrived.organizationId()
                + ", escalated by " + arrived.escalatedBy() + ".");
        return escalated;
    }

    private void answerFromTheVendor(Ticketing ticketing, Ticket ticket) {
        chapter("5. The vendor's note flows back");
        identity.signIn(SUPPORT_LINK);
        SupportMessage.Escalation escalation = vendor.received().get(0);
        ticketing.tickets().receive(new SupportMessage.VendorNote("vendor-note-1", escalation.organizationId(),
                escalation.ticketId(), Instant.now(), "Tier 1 support",
                "Known issue with a second alias; fixed in 4.2.2. Reload the form as a workaround."));
        identity.signIn(LEE);
        for (TicketNote note : ticketing.tickets().notes(ticket.id())) {
            say(LEE.displayName() + " reads a " + note.origin() + " note from " + note.authorName() + ": \""
                    + note.text() + "\"");
        }
    }

    private void showAuditTrail(Storage storage) {
        chapter("6. The audit trail of " + DemoIdentity.SHELTER);
        storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(DemoIdentity.SHELTER, 100)))
                .forEach(entry -> say(entry.userId() + " " + entry.action() + " " + entry.outcome()
                        + (entry.recordId() == null ? "" : " " + entry.recordType() + " " + entry.recordId())));
    }

    private void chapter(String title) {
        out.println();
        out.println(title);
    }

    private void say(String line) {
        out.println("  " + line);
    }
}
