// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;
import static org.caseload.ticketing.SupportLinkFixture.DESK_LINK;

import java.time.Duration;
import java.util.List;
import org.caseload.core.outbox.DeadLetter;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's side: an update the organization refuses for good is a dead letter at once, the
 * ticket's later updates wait behind it (and are counted as held), and the desk's staff see it and
 * discard or resend it, after which the held updates follow in order.
 */
class DeskDeadLetterTest {

    private final SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.reliable(), "org-a");
    private final Organization shelter = link.organization("org-a");
    private volatile boolean refuseNotes;

    DeskDeadLetterTest() {
        link.channel.connectOrganization(shelter.id, message -> shelter.as(shelter.link, () -> {
            if (refuseNotes && message instanceof SupportMessage.VendorNote) {
                throw new PermanentDeliveryException("NOTE_TOO_LARGE", "the organization refuses notes over 8 KiB");
            }
            shelter.received.add(message);
            shelter.tickets.receive(message);
            return null;
        }));
    }

    @AfterEach
    void close() {
        link.close();
    }

    @Test
    void aRefusedUpdateHoldsTheTicketsLaterOnesVisiblyUntilTheDeskDiscardsIt() {
        DeskTicket ticket = deskTicket();
        refuseNotes = true;
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(ticket.id(), "Please send the logs.")));
        link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(ticket, 2, Complexity.LOW, Impact.LOW,
                Urgency.LOW)));

        link.desk.deliverPending();

        assertThat(statusChanges()).as("held behind the dead note").isEmpty();
        assertThat(link.desk.deliveryCounts().dead()).isEqualTo(1);
        assertThat(link.desk.deliveryCounts().held()).isEqualTo(1);
        List<DeadLetter> letters = link.asVendor(AGENT, () -> link.desk.deadLetters().list());
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.aggregateId()).isEqualTo(ticket.id());
            assertThat(letter.reason()).isEqualTo("refused: NOTE_TOO_LARGE the organization refuses notes over 8 KiB");
        });

        link.asVendor(AGENT, () -> {
            link.desk.deadLetters().discard(new DiscardDeadLetter(letters.get(0).messageId()));
            return null;
        });
        link.clock.advance(Duration.ofSeconds(1));
        link.desk.deliverPending();

        assertThat(statusChanges()).as("released").hasSize(1);
        assertThat(link.desk.deliveryCounts().held()).isZero();
    }

    @Test
    void aResentUpdateIsDeliveredBeforeTheOnesThatWaitedBehindIt() {
        DeskTicket ticket = deskTicket();
        refuseNotes = true;
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(ticket.id(), "Please send the logs.")));
        link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(ticket, 2, Complexity.LOW, Impact.LOW,
                Urgency.LOW)));
        link.desk.deliverPending();
        String noteId = link.asVendor(AGENT, () -> link.desk.deadLetters().list()).get(0).messageId();
        refuseNotes = false;
        int before = shelter.received.size();

        link.asVendor(AGENT, () -> {
            link.desk.deadLetters().resend(new ResendDeadLetter(noteId));
            return null;
        });
        link.desk.deliverPending();

        assertThat(shelter.received.subList(before, shelter.received.size()))
                .extracting(SupportMessage::messageId).first().isEqualTo(noteId);
        assertThat(shelter.received.subList(before, shelter.received.size())).hasSize(2);
    }

    @Test
    void onlyTheDesksStaffSeeItsDeadLetters() {
        assertThatThrownBy(() -> link.asVendor(DESK_LINK, () -> link.desk.deadLetters().list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private DeskTicket deskTicket() {
        Ticket escalated = SupportDeskTest.escalate(shelter, "Printing shows an empty page.");
        link.channel.flush();
        return link.asVendor(AGENT, () -> link.service.findByTicket(shelter.id, escalated.id())).orElseThrow();
    }

    private List<SupportMessage.StatusChange> statusChanges() {
        return shelter.received.stream().filter(SupportMessage.StatusChange.class::isInstance)
                .map(SupportMessage.StatusChange.class::cast).toList();
    }
}
