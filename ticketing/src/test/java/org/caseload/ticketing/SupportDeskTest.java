// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;
import static org.caseload.ticketing.SupportLinkFixture.DESK_LINK;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.ChangeTier;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskEvent;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupportDeskTest {

    private final SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.reliable(), "org-a", "org-b");
    private final Organization shelter = link.organization("org-a");

    @AfterEach
    void close() {
        link.close();
    }

    static Ticket escalate(Organization organization, String description) {
        Ticket ticket = organization.as(organization.reporter,
                () -> organization.tickets.submit(TicketingFixture.issue(description)));
        Ticket escalated = organization.as(organization.administrator, () -> organization.tickets.escalate(
                EscalateTicket.of(organization.tickets.previewEscalation(ticket.id()))));
        organization.ticketing.deliverPending();
        return escalated;
    }

    private DeskTicket deskTicketOf(Organization organization, Ticket ticket) {
        return link.asVendor(AGENT, () -> link.service.findByTicket(organization.id, ticket.id())).orElseThrow();
    }

    private DeskTicket triage(DeskTicket ticket, int severity, Complexity complexity, Impact impact, Urgency urgency) {
        return link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(ticket, severity, complexity,
                impact, urgency)));
    }

    private List<DeskEvent> history(DeskTicket ticket) {
        return link.asVendor(AGENT, () -> link.service.history(ticket.id()));
    }

    @Test
    void anEscalationArrivesNewWithWhatTheOrganizationSent() {
        Ticket ticket = escalate(shelter, "Printing shows an empty page.");

        DeskTicket received = deskTicketOf(shelter, ticket);

        assertThat(received.status()).isEqualTo(DeskTicketStatus.NEW);
        assertThat(received.summary()).isEqualTo("Printing shows an empty page.");
        assertThat(received.escalatedBy()).isEqualTo(shelter.administrator.displayName());
        assertThat(received.tier()).isNull();
        assertThat(link.asVendor(AGENT, () -> link.service.queue(DeskQueue.untriaged())))
                .extracting(DeskTicket::id).containsExactly(received.id());
        assertThat(history(received)).extracting(DeskEvent::type).containsExactly(Type.RECEIVED);
    }

    @Test
    void theSameEscalationDeliveredAgainIsAppliedOnce() {
        Ticket ticket = escalate(shelter, "Printing shows an empty page.");
        SupportMessage repeat = link.vendorReceived.get(0);

        link.asVendor(DESK_LINK, () -> {
            link.service.receive(repeat);
            return null;
        });

        DeskTicket received = deskTicketOf(shelter, ticket);
        assertThat(received.version()).isEqualTo(1);
        assertThat(history(received)).hasSize(1);
    }

    @Test
    void ticketsOfTwoOrganizationsAreTwoDeskTickets() {
        escalate(shelter, "Printing shows an empty page.");
        escalate(link.organization("org-b"), "Reports time out.");

        assertThat(link.asVendor(AGENT, () -> link.service.queue(DeskQueue.untriaged())))
                .extracting(DeskTicket::organizationId).containsExactly("org-a", "org-b");
    }

    @Test
    void triageComputesThePriorityAndSendsTheTicketToTheTierOfTheFirstMatchingRule() {
        DeskTicket received = deskTicketOf(shelter, escalate(shelter, "Printing shows an empty page."));

        DeskTicket triaged = triage(received, 3, Complexity.MEDIUM, Impact.MEDIUM, Urgency.HIGH);

        assertThat(triaged.status()).isEqualTo(DeskTicketStatus.TRIAGED);
        assertThat(triaged.priority()).isEqualTo(Priority.HIGH);
        assertThat(triaged.tier()).isEqualTo(2);
        assertThat(triaged.supportGroup()).isEqualTo("Tier 2 support");
        assertThat(history(triaged)).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(Type.TRIAGED);
            assertThat(event.toTier()).isEqualTo(2);
            assertThat(event.detail()).isEqualTo("needs a specialist");
        });
        assertThat(link.asVendor(AGENT, () -> link.service.queue(DeskQueue.tier(2))))
                .extracting(DeskTicket::id).containsExactly(triaged.id());
    }

    @Test
    void aTicketNoRuleMatchesGoesToTheDefaultTier() {
        DeskTicket received = deskTicketOf(shelter, escalate(shelter, "A typo on the help page."));

        DeskTicket triaged = triage(received, 4, Complexity.LOW, Impact.LOW, Urgency.LOW);

        assertThat(triaged.tier()).isEqualTo(1);
        assertThat(triaged.priority()).isEqualTo(Priority.PLANNING);
        assertThat(history(triaged)).last().extracting(DeskEvent::detail).isEqualTo("default");
    }

    @Test
    void aTicketMovesUpAndDownATierWithAReasonWithinTiersOneToThree() {
        DeskTicket ticket = triage(deskTicketOf(shelter, escalate(shelter, "Data looks wrong.")), 3,
                Complexity.LOW, Impact.LOW, Urgency.LOW);

        DeskTicket up = link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.up(ticket, "needs the logs")));
        DeskTicket top = link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.up(up, "needs a developer")));
        DeskTicket down = link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.down(top, "workaround found")));

        assertThat(List.of(up.tier(), top.tier(), down.tier())).containsExactly(2, 3, 2);
        assertThat(top.supportGroup()).isEqualTo("Tier 3 support");
        assertThat(history(down)).filteredOn(event -> event.type() == Type.TIER_CHANGED)
                .extracting(DeskEvent::fromTier, DeskEvent::toTier, DeskEvent::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, "needs the logs"),
                        org.assertj.core.groups.Tuple.tuple(2, 3, "needs a developer"),
                        org.assertj.core.groups.Tuple.tuple(3, 2, "workaround found"));
        DeskTicket again = link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.up(down, "back up")));
        assertThatThrownBy(() -> link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.up(again, "beyond"))))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void anUntriagedTicketHasNoTierToLeave() {
        DeskTicket received = deskTicketOf(shelter, escalate(shelter, "Data looks wrong."));

        assertThatThrownBy(() -> link.asVendor(AGENT, () -> link.service.changeTier(ChangeTier.up(received, "x"))))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void theDeskLifecycleRefusesMovesItDoesNotDrawAndResolvingNeedsAResolution() {
        DeskTicket received = deskTicketOf(shelter, escalate(shelter, "Data looks wrong."));
        assertThatThrownBy(() -> link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.of(received, DeskTicketStatus.IN_PROGRESS))))
                .isInstanceOf(InvalidTransitionException.class);
        DeskTicket triaged = triage(received, 2, Complexity.LOW, Impact.HIGH, Urgency.HIGH);

        assertThatThrownBy(() -> link.asVendor(AGENT, () -> link.service.changeStatus(
                new ChangeDeskStatus(triaged.id(), triaged.version(), DeskTicketStatus.RESOLVED, " "))))
                .isInstanceOf(ValidationException.class);
        DeskTicket working = link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.of(triaged, DeskTicketStatus.IN_PROGRESS)));
        DeskTicket resolved = link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.resolve(working, "Fixed in 4.2.2")));
        assertThat(resolved.resolution()).isEqualTo("Fixed in 4.2.2");
        assertThatThrownBy(() -> link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.of(resolved, DeskTicketStatus.WAITING_ON_CUSTOMER))))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void sharedNotesAndStatusChangesAreQueuedForTheOrganizationNumberedInternalNotesAreNot() {
        DeskTicket triaged = triage(deskTicketOf(shelter, escalate(shelter, "Data looks wrong.")), 3,
                Complexity.MEDIUM, Impact.LOW, Urgency.LOW);
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.internal(triaged.id(), "Template bug #881.")));
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(triaged.id(), "We found the cause.")));

        link.desk.deliverPending();

        assertThat(shelter.received).extracting(message -> ((SupportMessage.VendorUpdate) message).sequence())
                .containsExactly(1L, 2L);
        assertThat(shelter.received.get(0)).isInstanceOfSatisfying(SupportMessage.StatusChange.class, change -> {
            assertThat(change.status()).isEqualTo("TRIAGED");
            assertThat(change.tier()).isEqualTo(2);
        });
        assertThat(shelter.received.get(1)).isInstanceOfSatisfying(SupportMessage.VendorNote.class, note -> {
            assertThat(note.text()).isEqualTo("We found the cause.");
            assertThat(note.author()).isEqualTo(AGENT.displayName());
        });
        Optional<OutboxMessage> queued = KernelAccess.of(link.vendorCaseload).storage().inTransaction(session -> session.outbox()
                .findById(shelter.received.get(1).messageId()));
        assertThat(queued).get().extracting(OutboxMessage::aggregateId).isEqualTo(triaged.id());
    }

    @Test
    void onlySupportStaffWorkTheDeskAndOnlyTheIntegrationDelivers() {
        DeskTicket received = deskTicketOf(shelter, escalate(shelter, "Data looks wrong."));

        assertThatThrownBy(() -> link.asVendor(DESK_LINK, () -> link.service.get(received.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> link.asVendor(AGENT, () -> {
            link.service.receive(link.vendorReceived.get(0));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVendorUpdateIsNeverReceivedAtTheDesk() {
        SupportMessage update = new SupportMessage.VendorNote("m-1", "org-a", "t-1", java.time.Instant.EPOCH, 1, 1,
                "x", "y");

        assertThatThrownBy(() -> link.asVendor(DESK_LINK, () -> {
            link.service.receive(update);
            return null;
        })).isInstanceOf(ValidationException.class);
    }
}
