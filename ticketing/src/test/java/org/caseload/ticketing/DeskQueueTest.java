// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.ui.Recipient;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AssignDeskTicket;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.UnassignDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.core.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk queue's filters and pages, assignment, and the service-level clocks of a new round. */
class DeskQueueTest {

    private final SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.reliable(),
            SlaTestBed.LEVELS, "shelter", "pantry");
    private final Organization shelter = link.organization("shelter");
    private final Organization pantry = link.organization("pantry");

    @AfterEach
    void close() {
        link.close();
    }

    private List<DeskTicket> queue(DeskQueue query) {
        return link.asVendor(AGENT, () -> link.service.queue(query));
    }

    private DeskTicket desk(Organization organization, Ticket ticket) {
        return link.asVendor(AGENT, () -> link.service.findByTicket(organization.id, ticket.id())).orElseThrow();
    }

    private DeskTicket triage(DeskTicket ticket, Impact impact, Urgency urgency) {
        return link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(ticket, 3, Complexity.LOW, impact,
                urgency)));
    }

    @Test
    void theQueuePagesAndFiltersByOrganizationAgentStatusTierAndServiceLevelDue() {
        DeskTicket first = desk(shelter, SupportDeskTest.escalate(shelter, "One"));
        link.clock.advance(Duration.ofMinutes(1));
        DeskTicket second = desk(pantry, SupportDeskTest.escalate(pantry, "Two"));
        link.clock.advance(Duration.ofMinutes(1));
        DeskTicket third = desk(shelter, SupportDeskTest.escalate(shelter, "Three"));
        DeskTicket urgent = triage(first, Impact.HIGH, Urgency.HIGH);
        triage(second, Impact.LOW, Urgency.LOW);
        link.asVendor(AGENT, () -> link.service.assign(AssignDeskTicket.of(third, "u-terry")));

        assertThat(queue(DeskQueue.all(2))).extracting(DeskTicket::id).containsExactly(first.id(), second.id());
        assertThat(queue(DeskQueue.all(2).next())).extracting(DeskTicket::id).containsExactly(third.id());
        assertThat(queue(DeskQueue.all(10).organization("shelter"))).extracting(DeskTicket::id)
                .containsExactly(first.id(), third.id());
        assertThat(queue(DeskQueue.all(10).assignedTo("u-terry"))).extracting(DeskTicket::id)
                .containsExactly(third.id());
        assertThat(queue(new DeskQueue(DeskTicketStatus.NEW, null, 10))).extracting(DeskTicket::id)
                .containsExactly(third.id());
        // Critical: the first response is due 15 business minutes after 9:00 in Toronto (14:15 UTC);
        // planning: 16 business hours, days later.
        assertThat(queue(DeskQueue.all(10).dueBefore(Instant.parse("2025-03-03T15:00:00Z"))))
                .extracting(DeskTicket::id).containsExactly(urgent.id());
    }

    @Test
    void aQueryOutOfBoundsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> queue(new DeskQueue(null, null, 10, null, null, null, -1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(violation -> violation.path()).containsExactly("offset"));
    }

    @Test
    void unassignedTheDesksStaffAreToldOfAReplyAndAnAgentTakenOffIsNoLonger() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "One");
        DeskTicket assigned = link.asVendor(AGENT, () -> link.service.assign(AssignDeskTicket.of(
                desk(shelter, ticket), "u-terry")));
        DeskTicket unassigned = link.asVendor(AGENT, () -> link.service.unassign(UnassignDeskTicket.of(assigned)));
        assertThat(unassigned.assigneeUserId()).isNull();

        shelter.as(shelter.administrator, () -> shelter.tickets.shareWithVendor(ShareWithVendor.note(ticket, "FYI")));
        shelter.ticketing.deliverPending();
        link.desk.deliverPending();

        assertThat(link.vendorNotifier.delivered()).singleElement().satisfies(notification -> assertThat(
                notification.recipient()).isEqualTo(new Recipient.PermissionHolders(SupportLinkFixture.VENDOR,
                Permission.SUPPORT_DESK.key())));
    }

    @Test
    void aNewRoundStartsTheServiceLevelClocksAnew() {
        Ticket ticket = SupportDeskTest.escalate(shelter, "One");
        DeskTicket triaged = triage(desk(shelter, ticket), Impact.MEDIUM, Urgency.MEDIUM);
        link.asVendor(AGENT, () -> link.service.changeStatus(ChangeDeskStatus.resolve(triaged, "Patched.")));
        link.desk.deliverPending();
        link.clock.advance(Duration.ofDays(1));
        Ticket resolved = shelter.as(shelter.administrator, () -> shelter.tickets.get(ticket.id()));
        Ticket reopened = shelter.as(shelter.reporter, () -> shelter.tickets.reopen(ReopenTicket.of(resolved)));

        shelter.as(shelter.administrator, () -> shelter.tickets.escalate(EscalateTicket.of(
                shelter.tickets.previewEscalation(reopened.id()))));
        Instant escalatedAgain = link.clock.instant();
        shelter.ticketing.deliverPending();

        List<SlaClock> clocks = link.asVendor(AGENT, () -> link.desk.serviceLevels(triaged.id()));
        assertThat(clocks).hasSize(2).allSatisfy(clock -> {
            assertThat(clock.state()).isEqualTo(SlaClock.State.RUNNING);
            assertThat(clock.startedAt()).isEqualTo(escalatedAgain);
        });
    }
}
