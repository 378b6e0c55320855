// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;
import static org.caseload.ticketing.SupportLinkFixture.DESK_LINK;

import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.ui.Recipient;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.AssignDeskTicket;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The organization's way back to the vendor's desk (reply, shared note, withdrawal, local
 * resolution), and escalation rounds on both sides, over a reliable in-memory channel.
 */
class WayBackTest {

    private final SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.reliable(), "shelter");
    private final Organization shelter = link.organization("shelter");

    @AfterEach
    void close() {
        link.close();
    }

    private DeskTicket desk(Ticket ticket) {
        return link.asVendor(AGENT, () -> link.service.findByTicket(shelter.id, ticket.id())).orElseThrow();
    }

    private Ticket local(Ticket ticket) {
        return shelter.as(shelter.administrator, () -> shelter.tickets.get(ticket.id()));
    }

    private <T> T admin(java.util.function.Supplier<T> work) {
        return shelter.as(shelter.administrator, work);
    }

    private DeskTicket deskMoves(Ticket ticket, DeskTicketStatus status) {
        DeskTicket current = desk(ticket);
        DeskTicket moved = link.asVendor(AGENT, () -> status == DeskTicketStatus.RESOLVED
                ? link.service.changeStatus(ChangeDeskStatus.resolve(current, "Patched."))
                : link.service.changeStatus(ChangeDeskStatus.of(current, status)));
        link.desk.deliverPending();
        return moved;
    }

    /** Escalated, triaged, and the desk asking the organization a question. */
    private Ticket waitingOnTheOrganization() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        DeskTicket received = desk(ticket);
        link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3, Complexity.MEDIUM,
                Impact.LOW, Urgency.MEDIUM)));
        deskMoves(ticket, DeskTicketStatus.WAITING_ON_CUSTOMER);
        return local(ticket);
    }

    @Test
    void theDeskWaitingOnTheOrganizationMakesTheTicketWaitAndTheReplyEndsTheWaitOnBothSides() {
        Ticket waiting = waitingOnTheOrganization();
        assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
        assertThat(waiting.withVendor()).isTrue();

        Ticket replied = admin(() -> shelter.tickets.replyToVendor(ReplyToVendor.of(waiting,
                "It fails on every tablet; call (555) 123-4567.")));
        shelter.ticketing.deliverPending();

        assertThat(replied.status()).isEqualTo(TicketStatus.ESCALATED);
        DeskTicket atDesk = desk(replied);
        assertThat(atDesk.status()).isEqualTo(DeskTicketStatus.IN_PROGRESS);
        List<DeskNote> notes = link.asVendor(AGENT, () -> link.service.notes(atDesk.id()));
        assertThat(notes).last().satisfies(note -> {
            assertThat(note.fromOrganization()).isTrue();
            assertThat(note.text()).isEqualTo("It fails on every tablet; call [PHONE].");
            assertThat(note.authorName()).isEqualTo(shelter.administrator.displayName());
        });
    }

    @Test
    void aReplyWhenTheDeskAsksNothingIsAnInvalidTransitionAndOnANeverEscalatedTicketIsRefusedWithItsCode() {
        Ticket escalated = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        assertThatThrownBy(() -> admin(() -> shelter.tickets.replyToVendor(ReplyToVendor.of(escalated, "Hello"))))
                .isInstanceOf(InvalidTransitionException.class);

        Ticket plain = shelter.as(shelter.reporter, () -> shelter.tickets.submit(TicketingFixture.issue("Slow")));
        assertThatThrownBy(() -> admin(() -> shelter.tickets.shareWithVendor(ShareWithVendor.note(plain, "FYI"))))
                .isInstanceOfSatisfying(TicketNotEscalatedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SUPPORT_TICKET_NOT_ESCALATED);
                    assertThat(e.getMessage()).contains(plain.id()).doesNotContain("FYI");
                });
    }

    @Test
    void onlyTheLocalAdministratorTakesTheWayBack() {
        Ticket waiting = waitingOnTheOrganization();

        assertThatThrownBy(() -> shelter.as(shelter.reporter, () -> shelter.tickets.replyToVendor(
                ReplyToVendor.of(waiting, "Me too")))).isInstanceOf(AccessDeniedException.class);
        assertThat(local(waiting).status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
    }

    @Test
    void aSharedNoteReachesTheDeskAndTheAssignedAgentIsNotified() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        DeskTicket received = desk(ticket);
        link.asVendor(AGENT, () -> link.service.assign(AssignDeskTicket.of(received, AGENT.userId())));

        admin(() -> shelter.tickets.shareWithVendor(ShareWithVendor.note(ticket, "Seen since the update.")));
        shelter.ticketing.deliverPending();
        link.desk.deliverPending();

        assertThat(link.asVendor(AGENT, () -> link.service.notes(received.id())))
                .extracting(DeskNote::text, DeskNote::fromOrganization)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Seen since the update.", true));
        assertThat(link.vendorNotifier.delivered()).singleElement().satisfies(notification -> {
            assertThat(notification.recipient()).isEqualTo(new Recipient.User(AGENT.userId()));
            assertThat(notification.body()).contains(received.id()).doesNotContain("Seen since");
        });
    }

    @Test
    void anAttachmentTravelsOnlyConfirmedAndIsKeptWithItsNote() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        Screenshot image = Screenshot.of(Images.drawn("png"));

        assertThatThrownBy(() -> admin(() -> shelter.tickets.shareWithVendor(new ShareWithVendor(ticket.id(),
                ticket.version(), "See the picture.", image, false))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(violation -> violation.path())
                        .containsExactly("attachmentConfirmedFreeOfClientData"));
        assertThat(admin(() -> shelter.tickets.notes(ticket.id()))).isEmpty();

        admin(() -> shelter.tickets.shareWithVendor(ShareWithVendor.note(ticket, "See the picture.")
                .withAttachmentConfirmedFreeOfClientData(image)));
        shelter.ticketing.deliverPending();

        DeskTicket atDesk = desk(ticket);
        DeskNote note = link.asVendor(AGENT, () -> link.service.notes(atDesk.id())).get(0);
        assertThat(link.asVendor(AGENT, () -> link.service.noteAttachment(atDesk.id(), note.id())))
                .hasValueSatisfying(attachment -> assertThat(attachment.mediaType()).isEqualTo("image/png"));
    }

    @Test
    void aWithdrawalGivesTheTicketBackAndClosesTheDesksCopy() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");

        Ticket withdrawn = admin(() -> shelter.tickets.withdrawEscalation(WithdrawEscalation.of(ticket,
                "Fixed by restarting the tablet.")));
        shelter.ticketing.deliverPending();

        assertThat(withdrawn.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(withdrawn.withVendor()).isFalse();
        assertThat(desk(ticket).status()).isEqualTo(DeskTicketStatus.CLOSED);
    }

    @Test
    void aLocalResolutionResolvesTheDesksCopyAndNothingEchoesBack() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");

        Ticket resolved = admin(() -> shelter.tickets.resolve(ResolveTicket.of(ticket, "A local setting.")));
        shelter.ticketing.deliverPending();
        link.desk.deliverPending();

        assertThat(resolved.withVendor()).isFalse();
        DeskTicket atDesk = desk(ticket);
        assertThat(atDesk.status()).isEqualTo(DeskTicketStatus.RESOLVED);
        assertThat(atDesk.resolution()).isEqualTo("A local setting.");
        assertThat(shelter.received).isEmpty();
    }

    @Test
    void aVendorResolutionArrivingAfterTheOrganizationReopenedDoesNotOverrideTheReopening() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        DeskTicket received = desk(ticket);
        link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3, Complexity.MEDIUM,
                Impact.LOW, Urgency.MEDIUM)));
        deskMoves(ticket, DeskTicketStatus.RESOLVED);
        Ticket reopened = shelter.as(shelter.reporter, () -> shelter.tickets.reopen(ReopenTicket.of(local(ticket))));

        deskMoves(ticket, DeskTicketStatus.IN_PROGRESS);
        deskMoves(ticket, DeskTicketStatus.RESOLVED);

        assertThat(local(reopened).status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(admin(() -> shelter.tickets.notes(ticket.id()))).filteredOn(note -> note.origin() == Origin.VENDOR)
                .last().satisfies(note -> assertThat(note.text()).startsWith("Support desk status: RESOLVED"));
    }

    @Test
    void eachEscalationIsARoundAndAnUpdateOfAnEarlierRoundChangesNothing() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        // The desk's answer of round 1 is still on its way when the organization withdraws and escalates again.
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(desk(ticket).id(), "Old answer.")));
        Ticket withdrawn = admin(() -> shelter.tickets.withdrawEscalation(WithdrawEscalation.of(ticket, "Not yet.")));
        shelter.ticketing.deliverPending();
        Ticket again = admin(() -> shelter.tickets.escalate(EscalateTicket.of(
                shelter.tickets.previewEscalation(withdrawn.id()))));
        shelter.ticketing.deliverPending();
        assertThat(again.escalationRound()).isEqualTo(2);
        assertThat(desk(ticket).round()).isEqualTo(2);
        assertThat(desk(ticket).status()).isEqualTo(DeskTicketStatus.NEW);

        link.desk.deliverPending();

        assertThat(shelter.received).singleElement().satisfies(message -> assertThat(message.round()).isEqualTo(1));
        assertThat(local(ticket).status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(admin(() -> shelter.tickets.notes(ticket.id()))).noneMatch(note -> note.origin() == Origin.VENDOR);
        // The next update of the desk, of round 2, is applied: the ignored one held nothing back.
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(desk(ticket).id(), "Looking again.")));
        link.desk.deliverPending();
        assertThat(admin(() -> shelter.tickets.notes(ticket.id()))).filteredOn(note -> note.origin() == Origin.VENDOR)
                .extracting(TicketNote::text).containsExactly("Looking again.");
    }

    @Test
    void anOrganizationUpdateOfAnEarlierRoundIsIgnoredAtTheDeskAndKeptInItsHistory() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        Ticket withdrawn = admin(() -> shelter.tickets.withdrawEscalation(WithdrawEscalation.of(ticket, "Not yet.")));
        shelter.ticketing.deliverPending();
        admin(() -> shelter.tickets.escalate(EscalateTicket.of(shelter.tickets.previewEscalation(withdrawn.id()))));
        shelter.ticketing.deliverPending();

        link.asVendor(DESK_LINK, () -> {
            link.service.receive(new SupportMessage.LocalResolution("old-1", shelter.id, ticket.id(), Instant.EPOCH,
                    1, "Ada", "Old"));
            return null;
        });

        DeskTicket atDesk = desk(ticket);
        assertThat(atDesk.status()).isEqualTo(DeskTicketStatus.NEW);
        assertThat(link.asVendor(AGENT, () -> link.service.history(atDesk.id()))).last()
                .satisfies(event -> assertThat(event.type()).isEqualTo(Type.STALE_IGNORED));
    }

    @Test
    void anUpdateForATicketNeverEscalatedIsRefusedForGoodAndChangesNothing() {
        Ticket plain = shelter.as(shelter.reporter, () -> shelter.tickets.submit(TicketingFixture.issue("Slow")));
        SupportMessage.VendorNote note = new SupportMessage.VendorNote("m-1", shelter.id, plain.id(), Instant.EPOCH,
                1, 1, "Tier 1", "Hello");

        assertThatThrownBy(() -> link.channel.send(note))
                .isInstanceOfSatisfying(PermanentDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo("SUPPORT_TICKET_NOT_ESCALATED"));
        assertThat(admin(() -> shelter.tickets.notes(plain.id()))).isEmpty();
        assertThat(local(plain).version()).isEqualTo(plain.version());
    }

    @Test
    void theDeskShowsTheProductVersionAndScreenOfTheEscalation() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");

        DeskTicket atDesk = desk(ticket);

        assertThat(atDesk.productVersion()).isEqualTo("4.2.1-shelter");
        assertThat(atDesk.screenId()).isEqualTo(ticket.source().screenId());
        assertThat(atDesk.round()).isEqualTo(1);
    }

    @Test
    void onlyDeskRolesAssign() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "Saving an intake fails.");
        DeskTicket received = desk(ticket);

        assertThatThrownBy(() -> link.asVendor(DESK_LINK, () -> link.service.assign(AssignDeskTicket.of(received,
                "u-x")))).isInstanceOf(AccessDeniedException.class);
        DeskTicket assigned = link.asVendor(AGENT, () -> link.service.assign(AssignDeskTicket.of(received, "u-x")));
        assertThat(assigned.assigneeUserId()).isEqualTo("u-x");
        assertThat(link.asVendor(AGENT, () -> link.service.history(received.id()))).last()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo(Type.ASSIGNED);
                    assertThat(event.detail()).isEqualTo("u-x");
                });
    }
}
