// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.ticketing.SupportLinkFixture.AGENT;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.InMemorySupportChannel.Faults;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;

/**
 * The way back over a channel that drops, repeats, reorders and delays: the desk asks, the
 * organization replies and shares a note, and then withdraws or resolves locally. Every reply and
 * note arrives at the desk once, and both sides end in the same state whatever order they arrived in.
 */
class WayBackProperties {

    @Provide
    Arbitrary<Faults> faults() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 0.3);
        return Combinators.combine(p, p, p, p).as(Faults::new);
    }

    @Property(tries = 30)
    void everyReplyAndNoteArrivesOnceAndBothSidesEndAlike(@ForAll("faults") Faults faults, @ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 3) int tickets,
                                                          @ForAll boolean withdraw) {
        try (SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.withFaults(faults, seed),
                "org-a")) {
            Organization organization = link.organization("org-a");
            List<Ticket> escalated = new ArrayList<>();
            for (int i = 0; i < tickets; i++) {
                escalated.add(SupportDeskTest.escalate(organization, "Problem " + i));
            }
            link.settle(20);
            for (Ticket ticket : escalated) {
                DeskTicket received = link.asVendor(AGENT, () -> link.service.findByTicket(organization.id,
                        ticket.id())).orElseThrow();
                DeskTicket triaged = link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3,
                        Complexity.MEDIUM, Impact.LOW, Urgency.MEDIUM)));
                link.asVendor(AGENT, () -> link.service.changeStatus(ChangeDeskStatus.of(triaged,
                        DeskTicketStatus.WAITING_ON_CUSTOMER)));
            }
            link.settle(20);
            for (Ticket ticket : escalated) {
                organization.as(organization.administrator, () -> {
                    Ticket waiting = organization.tickets.get(ticket.id());
                    assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
                    Ticket replied = organization.tickets.replyToVendor(ReplyToVendor.of(waiting, "Answer"));
                    organization.tickets.shareWithVendor(ShareWithVendor.note(replied, "More"));
                    return withdraw
                            ? organization.tickets.withdrawEscalation(WithdrawEscalation.of(replied, "Solved"))
                            : organization.tickets.resolve(ResolveTicket.of(replied, "Solved"));
                });
            }
            link.settle(25);

            for (Ticket ticket : escalated) {
                DeskTicket atDesk = link.asVendor(AGENT, () -> link.service.findByTicket(organization.id,
                        ticket.id())).orElseThrow();
                List<String> fromOrganization = link.asVendor(AGENT, () -> link.service.notes(atDesk.id())).stream()
                        .filter(DeskNote::fromOrganization).map(DeskNote::text).toList();
                // Each once; a channel that reorders may change their order, not the end state.
                assertThat(fromOrganization).as("each once")
                        .containsExactlyInAnyOrder("Answer", "More", withdraw ? "Escalation withdrawn: Solved"
                                : "Resolved by the organization: Solved");
                assertThat(atDesk.status()).isEqualTo(withdraw ? DeskTicketStatus.CLOSED : DeskTicketStatus.RESOLVED);
                Ticket local = organization.as(organization.administrator,
                        () -> organization.tickets.get(ticket.id()));
                assertThat(local.status()).isEqualTo(withdraw ? TicketStatus.IN_PROGRESS : TicketStatus.RESOLVED);
                assertThat(local.withVendor()).isFalse();
            }
        }
    }
}
