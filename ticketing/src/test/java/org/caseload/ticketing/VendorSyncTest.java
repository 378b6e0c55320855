// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;

import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.ui.Notification;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vendor's notes and status changes flow back to the organization's ticket, once each and in order. */
class VendorSyncTest {

    private final SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.reliable(), "org-a");
    private final Organization shelter = link.organization("org-a");
    private Ticket ticket;
    private DeskTicket deskTicket;

    @BeforeEach
    void escalateAndTriage() {
        ticket = SupportDeskTest.escalate(shelter, "Printing shows an empty page.");
        DeskTicket received = link.asVendor(AGENT, () -> link.service.findByTicket(shelter.id, ticket.id()))
                .orElseThrow();
        deskTicket = link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3,
                Complexity.MEDIUM, Impact.MEDIUM, Urgency.MEDIUM)));
    }

    @AfterEach
    void close() {
        link.close();
    }

    private <T> T asAdministrator(java.util.function.Supplier<T> work) {
        return shelter.as(shelter.administrator, work);
    }

    private DeskTicket move(DeskTicketStatus status) {
        deskTicket = link.asVendor(AGENT, () -> link.service.changeStatus(ChangeDeskStatus.of(deskTicket, status)));
        return deskTicket;
    }

    @Test
    void aSharedNoteBecomesAPublicVendorNoteAndAnInternalOneNeverLeaves() {
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.internal(deskTicket.id(), "Template bug #881.")));
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(deskTicket.id(), "Fixed in 4.2.2.")));
        link.desk.deliverPending();

        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id())))
                .filteredOn(note -> note.visibility() == Visibility.PUBLIC).singleElement().satisfies(note -> {
                    assertThat(note.origin()).isEqualTo(Origin.VENDOR);
                    assertThat(note.text()).isEqualTo("Fixed in 4.2.2.");
                    assertThat(note.authorName()).isEqualTo(AGENT.displayName());
                });
        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id())))
                .noneMatch(note -> note.text().contains("#881"));
    }

    @Test
    void aStatusChangeIsShownToTheAdministratorAndToldToTheReporter() {
        link.desk.deliverPending();
        shelter.ticketing.deliverPending();

        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id()))).singleElement().satisfies(note -> {
            assertThat(note.visibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(note.origin()).isEqualTo(Origin.VENDOR);
            assertThat(note.text()).isEqualTo("Support desk status: TRIAGED, tier 2");
        });
        assertThat(asAdministrator(() -> shelter.tickets.get(ticket.id())).status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(shelter.notifier.delivered()).extracting(Notification::subject)
                .contains("Ticket " + ticket.id() + " is now TRIAGED at the support desk");
    }

    @Test
    void theDesksResolutionResolvesTheTicketAndItsClosingClosesIt() {
        move(DeskTicketStatus.IN_PROGRESS);
        deskTicket = link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.resolve(deskTicket, "Fixed in 4.2.2: reload the form.")));
        link.desk.deliverPending();

        Ticket resolved = asAdministrator(() -> shelter.tickets.get(ticket.id()));
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo("Fixed in 4.2.2: reload the form.");

        move(DeskTicketStatus.CLOSED);
        link.desk.deliverPending();
        assertThat(asAdministrator(() -> shelter.tickets.get(ticket.id())).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void anUpdateThatArrivesEarlyWaitsForTheOneBeforeIt() {
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(deskTicket.id(), "First.")));
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(deskTicket.id(), "Second.")));
        // Numbers 1 (TRIAGED), 2 and 3, as the desk queued them; delivered 3, 2, 1.
        java.util.List<SupportMessage> queued = new java.util.ArrayList<>();
        InMemorySupportChannel capture = InMemorySupportChannel.reliable();
        capture.connectOrganization(shelter.id, queued::add);
        org.caseload.ticketing.desk.SupportDesk.builder(link.vendorCaseload, capture).build().deliverPending();
        assertThat(queued).hasSize(3);

        receive(queued.get(2));
        receive(queued.get(1));
        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id()))).isEmpty();
        receive(queued.get(0));

        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id()))).extracting(TicketNote::text)
                .containsExactly("Support desk status: TRIAGED, tier 2", "First.", "Second.");
    }

    @Test
    void aRepeatedUpdateIsAppliedOnce() {
        link.desk.deliverPending();
        SupportMessage first = shelter.received.get(0);

        receive(first);
        receive(first);

        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id()))).hasSize(1);
    }

    @Test
    void nothingAppliedFromTheVendorIsSentBack() {
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(deskTicket.id(), "Fixed.")));
        link.desk.deliverPending();
        int before = link.vendorReceived.size();

        shelter.ticketing.deliverPending();
        link.settle(2);

        assertThat(link.vendorReceived).hasSize(before);
    }

    @Test
    void anEscalatedTicketIsLockedExceptForNotesAndStatus() {
        assertThatThrownBy(() -> asAdministrator(() -> shelter.tickets.assign(AssignTicket.of(
                shelter.tickets.get(ticket.id()), shelter.administrator.userId()))))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.fromState()).isEqualTo("ESCALATED"));

        asAdministrator(() -> shelter.tickets.addNote(AddTicketNote.internalNote(ticket.id(), "Waiting on the vendor.")));
        Ticket resolved = asAdministrator(() -> shelter.tickets.resolve(ResolveTicket.of(
                shelter.tickets.get(ticket.id()), "Worked around locally.")));

        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void anUpdateForATicketResolvedLocallyIsRecordedWithoutAMove() {
        asAdministrator(() -> shelter.tickets.resolve(ResolveTicket.of(shelter.tickets.get(ticket.id()),
                "Worked around locally.")));
        deskTicket = link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.resolve(deskTicket, "Fixed upstream.")));
        link.desk.deliverPending();

        Ticket after = asAdministrator(() -> shelter.tickets.get(ticket.id()));
        assertThat(after.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(after.resolution()).isEqualTo("Worked around locally.");
        assertThat(asAdministrator(() -> shelter.tickets.notes(ticket.id()))).extracting(TicketNote::text)
                .contains("Support desk status: RESOLVED, tier 2. Resolution: Fixed upstream.");
    }

    private void receive(SupportMessage message) {
        shelter.as(shelter.link, () -> {
            shelter.tickets.receive(message);
            return null;
        });
    }
}
