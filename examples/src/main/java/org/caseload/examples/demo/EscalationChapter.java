// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.LEE;
import static org.caseload.examples.demo.DemoIdentity.SUPPORT_LINK;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.OrganizationEndpoints;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.EscalationPreview;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.ReplyToVendor;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.AssignDeskTicket;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;

/**
 * The demo's escalation chapter, with the vendor's support desk as a runtime of its own, joined to the
 * shelter's over HTTP on loopback ({@link LoopbackLink}): the local administrator previews what would
 * leave (client data redacted) and escalates; the vendor's desk triages the ticket into tier 2; a
 * shared note, an internal one and a status change are made at the desk, and what may flow back
 * does; the shelter replies, and the desk resolves the ticket.
 */
final class EscalationChapter {

    static final String VENDOR = "caseload-vendor";
    private static final Principal DESK_LINK = vendorUser("desk-link", "Desk link", Permission.SUPPORT_DESK_SYNC);
    private static final Principal KIM = vendorUser("kim", "Kim Tran (tier 2 support)", Permission.SUPPORT_DESK);
    private static final Principal DESK_ADMIN = vendorUser("desk-admin", "Desk administrator",
            Permission.SUPPORT_DESK_CREDENTIALS);

    private final DemoIdentity identity;
    private final VendorDesk vendor;
    private final DemoNotifier notifier;
    private final Consumer<String> chapter;
    private final Consumer<String> say;
    private volatile Principal atTheVendor;
    private final ServiceLevelsPart serviceLevels = new ServiceLevelsPart();

    EscalationChapter(DemoIdentity identity, VendorDesk vendor, DemoNotifier notifier, Consumer<String> chapter,
                      Consumer<String> say) {
        this.identity = identity;
        this.vendor = vendor;
        this.notifier = notifier;
        this.chapter = chapter;
        this.say = say;
    }

    /**
     * Tells the chapter. The vendor's runtime shares the demo's storage and keys, as one host may;
     * the shelter's runtime and the desk's talk only over HTTP on loopback, each through its own
     * endpoint, signed with the secret the vendor issued to the shelter.
     */
    void run(Caseload shelter, Storage storage, KeyProvider keys, Ticketing ticketing, int number) {
        chapter.accept(number + ". Escalation to the vendor's support desk over HTTP, and what flows back");
        IdentityProvider vendorIdentity = () -> Optional.ofNullable(atTheVendor);
        try (Caseload vendorRuntime = Caseload.builder().storage(storage).identity(vendorIdentity)
                .clock(serviceLevels.clock()).keyProvider(keys).build();
                LoopbackLink http = new LoopbackLink()) {
            ChannelSecret secret = asVendor(DESK_ADMIN, () -> ChannelCredentials.service(vendorRuntime, keys)
                    .issue(new IssueChannelCredential(DemoIdentity.SHELTER))).secret();
            ChannelCredentials deskCredentials = ChannelCredentials.forDesk(vendorRuntime, keys);
            ChannelCredentials shelterCredentials = ChannelCredentials.forOrganization(DemoIdentity.SHELTER, secret);
            SupportDesk desk = SupportDesk.builder(vendorRuntime, HttpSupportChannel.toOrganizations(
                            OrganizationEndpoints.of(Map.of(DemoIdentity.SHELTER, http.shelter())), deskCredentials)
                            .build())
                    .supportGroup(2, "Application specialists")
                    .serviceLevels(ServiceLevelsPart.LEVELS)
                    .build();
            SupportDeskService service = desk.service();
            http.serveDesk(SupportEndpoint.builder(vendorRuntime, deskCredentials,
                    http.countedAtDesk(message -> asVendor(DESK_LINK, () -> service.receive(message)))).build());
            http.serveShelter(SupportEndpoint.builder(shelter, shelterCredentials,
                    http.countedAtShelter(message -> asShelterLink(() -> ticketing.tickets().receive(message))))
                    .path(LoopbackLink.SHELTER_PATH).build());
            // The desk's endpoint judges a request's timestamp by the desk runtime's clock, which the story
            // moves (ServiceLevelsPart): the shelter stamps its requests by it. Two real hosts keep true time.
            vendor.forwardTo(HttpSupportChannel.toDesk(http.desk(), shelterCredentials)
                    .clock(serviceLevels.clock()).build());
            say.accept("The vendor issues " + DemoIdentity.SHELTER + " a channel secret (shown once, kept sealed at"
                    + " the desk); the desk and the shelter each listen on loopback.");
            try {
                tell(ticketing, desk, service);
            } finally {
                vendor.forwardTo(null);
            }
            say.accept("Every message crossed HTTP, signed: " + http.summary() + ".");
        }
    }

    private void asShelterLink(Runnable work) {
        Principal before = identity.currentPrincipal().orElse(null);
        identity.signIn(SUPPORT_LINK);
        try {
            work.run();
        } finally {
            identity.signIn(before);
        }
    }

    private void tell(Ticketing ticketing, SupportDesk desk, SupportDeskService service) {
        TicketService tickets = ticketing.tickets();
        identity.signIn(DANA);
        Ticket ticket = tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                "Maria Garcia (DOB 03/04/1980, SSN 123-45-6789) gets a blank page when I print her intake"
                        + " summary. Her daughter's number is 555-201-7788.",
                new TicketSource("client.intake", "intake-v3", null, "4.2.1", "Firefox/128.0"),
                new ReporterContact("Dana Reyes", "dana.reyes@shelter-north.example", null, ContactMethod.EMAIL)));

        identity.signIn(LEE);
        EscalationPreview preview = tickets.previewEscalation(ticket.id());
        say.accept(LEE.displayName() + " previews the escalation of ticket " + ticket.id() + ":");
        say.accept("  \"" + preview.summary() + "\"");
        say.accept("  Redacted: " + preview.redactions().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .sorted()
                .collect(Collectors.joining(", ")) + ".");
        tickets.escalate(EscalateTicket.of(preview));
        ticketing.deliverPending();
        notifier.drain();

        DeskTicket received = asVendor(KIM, () -> service.queue(DeskQueue.untriaged())).get(0);
        say.accept("The vendor's desk receives it from " + received.organizationId() + " as " + received.status()
                + ", text as previewed: " + received.summary().equals(preview.summary()) + "; round "
                + received.round() + ", product version " + received.productVersion() + ", screen "
                + received.screenId() + ".");
        DeskTicket assigned = asVendor(KIM, () -> service.assign(AssignDeskTicket.of(received, KIM.userId())));
        DeskTicket triaged = asVendor(KIM, () -> service.triage(TriageDeskTicket.of(assigned, 3, Complexity.MEDIUM,
                Impact.MEDIUM, Urgency.MEDIUM)));
        say.accept("Triage: severity 3, " + triaged.complexity() + " complexity, priority " + triaged.priority()
                + " -> tier " + triaged.tier() + ", " + triaged.supportGroup() + ".");
        DeskTicket working = asVendor(KIM, () -> service.changeStatus(ChangeDeskStatus.of(triaged,
                DeskTicketStatus.IN_PROGRESS)));
        asVendor(KIM, () -> service.addNote(AddDeskNote.internal(working.id(), "Print template bug #881.")));
        asVendor(KIM, () -> service.addNote(AddDeskNote.shared(working.id(),
                "A fix for the print template ships in 4.2.2; printing from the client profile works meanwhile.")));
        DeskTicket waiting = asVendor(KIM, () -> service.changeStatus(ChangeDeskStatus.of(working,
                DeskTicketStatus.WAITING_ON_CUSTOMER)));
        say.accept(KIM.displayName() + " starts work, writes an internal and a shared note, and waits on the"
                + " shelter: " + waiting.status() + ".");
        say.accept(asVendor(KIM, () -> serviceLevels.paused(desk, waiting.id())));
        desk.deliverPending();

        identity.signIn(LEE);
        for (TicketNote note : tickets.notes(ticket.id())) {
            say.accept(LEE.displayName() + " reads a " + note.origin() + " note ("
                    + note.visibility().name().toLowerCase(Locale.ROOT) + "): \"" + note.text() + "\"");
        }
        say.accept("The ticket is " + tickets.get(ticket.id()).status() + " like the desk's; the internal desk note"
                + " never left.");
        ticketing.deliverPending();
        notifier.drain().forEach(line -> say.accept("Notification " + line));

        serviceLevels.nextMorning();
        identity.signIn(LEE);
        Ticket replied = tickets.replyToVendor(ReplyToVendor.of(tickets.get(ticket.id()),
                "Printing from the client profile works for us; Maria Garcia's summary printed fine that way."));
        ticketing.deliverPending();
        say.accept(LEE.displayName() + " replies to the desk the next morning at 09:30: the ticket is "
                + replied.status() + " again, the desk's " + asVendor(KIM, () -> service.get(waiting.id())).status()
                + ".");
        asVendor(KIM, () -> service.notes(waiting.id())).stream().filter(DeskNote::fromOrganization)
                .forEach(note -> say.accept(KIM.displayName() + " reads the shelter's reply: \"" + note.text() + "\""));
        say.accept(asVendor(KIM, () -> serviceLevels.resumed(desk, waiting.id())));

        asVendor(KIM, () -> service.changeStatus(ChangeDeskStatus.resolve(service.get(waiting.id()),
                "The print template is fixed in 4.2.2, installed on your site today.")));
        desk.deliverPending();
        identity.signIn(LEE);
        Ticket resolved = tickets.get(ticket.id());
        say.accept(KIM.displayName() + " resolves it at the desk; " + LEE.displayName() + " sees the ticket "
                + resolved.status() + ": \"" + resolved.resolution() + "\"");
        ticketing.deliverPending();
        notifier.drain().forEach(line -> say.accept("Notification " + line));
    }

    private <T> T asVendor(Principal principal, java.util.function.Supplier<T> work) {
        Principal before = atTheVendor;
        atTheVendor = principal;
        try {
            return work.get();
        } finally {
            atTheVendor = before;
        }
    }

    private void asVendor(Principal principal, Runnable work) {
        asVendor(principal, () -> {
            work.run();
            return null;
        });
    }

    private static Principal vendorUser(String id, String name, Permission... permissions) {
        return new Principal(id, name, VENDOR, Set.of("support"),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), Locale.US);
    }
}
