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
import net.jqwik.api.constraints.Size;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.InMemorySupportChannel.Faults;
import org.caseload.ticketing.SupportLinkFixture.Organization;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskEvent;
import org.caseload.ticketing.desk.DeskQueue;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;

/**
 * Under any generated fault schedule (drops, lost acknowledgements, duplicates, reordering,
 * delays), with every side's dispatcher retrying, each escalation and each vendor update takes
 * effect exactly once, in order, and both sides end in the same state.
 */
class SupportLinkProperties {

    /** The desk's statuses a ticket walks through after triage, one step per "advance". */
    private static final List<DeskTicketStatus> PATH = List.of(DeskTicketStatus.IN_PROGRESS,
            DeskTicketStatus.WAITING_ON_CUSTOMER, DeskTicketStatus.IN_PROGRESS, DeskTicketStatus.RESOLVED,
            DeskTicketStatus.CLOSED);

    enum Step { SHARED_NOTE, INTERNAL_NOTE, ADVANCE, DELIVER }

    @Provide
    Arbitrary<Faults> faults() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 0.3);
        return Combinators.combine(p, p, p, p).as(Faults::new);
    }

    @Property(tries = 60)
    void everyEscalationAndUpdateTakesEffectOnceAndBothSidesAgree(
            @ForAll("faults") Faults faults, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int ticketsPerOrganization,
            @ForAll @Size(max = 12) List<Step> steps) {
        try (SupportLinkFixture link = new SupportLinkFixture(InMemorySupportChannel.withFaults(faults, seed),
                "org-a", "org-b")) {
            List<Organization> organizations = List.copyOf(link.organizations.values());
            List<Escalated> escalated = new ArrayList<>();
            for (Organization organization : organizations) {
                for (int i = 0; i < ticketsPerOrganization; i++) {
                    escalated.add(new Escalated(organization,
                            SupportDeskTest.escalate(organization, "Problem " + i + " of " + organization.id)));
                }
            }
            link.settle(20);
            assertThat(link.asVendor(AGENT, () -> link.service.queue(new DeskQueue(null, null, 1000))))
                    .as("one desk ticket per escalated ticket").hasSize(escalated.size());

            List<List<String>> expectedTexts = new ArrayList<>();
            List<Integer> reached = new ArrayList<>();
            for (Escalated one : escalated) {
                DeskTicket received = link.asVendor(AGENT, () -> link.service.findByTicket(one.organization().id,
                        one.ticket().id())).orElseThrow();
                assertThat(link.asVendor(AGENT, () -> link.service.history(received.id())))
                        .filteredOn(event -> event.type() == Type.RECEIVED).hasSize(1);
                DeskTicket triaged = link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3,
                        Complexity.MEDIUM, Impact.LOW, Urgency.MEDIUM)));
                List<String> texts = new ArrayList<>(List.of("Support desk status: TRIAGED, tier 2"));
                int at = 0;
                DeskTicket current = triaged;
                for (int s = 0; s < steps.size(); s++) {
                    String text = "Step " + s + " on " + one.ticket().id();
                    switch (steps.get(s)) {
                        case SHARED_NOTE -> {
                            String id = current.id();
                            link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(id, text)));
                            texts.add(text);
                        }
                        case INTERNAL_NOTE -> {
                            String id = current.id();
                            link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.internal(id, "secret " + text)));
                        }
                        case ADVANCE -> {
                            if (at < PATH.size()) {
                                DeskTicketStatus next = PATH.get(at++);
                                DeskTicket from = current;
                                ChangeDeskStatus change = next == DeskTicketStatus.RESOLVED
                                        ? ChangeDeskStatus.resolve(from, text)
                                        : ChangeDeskStatus.of(from, next);
                                current = link.asVendor(AGENT, () -> link.service.changeStatus(change));
                                texts.add("Support desk status: " + next + ", tier 2"
                                        + (next == DeskTicketStatus.RESOLVED ? ". Resolution: " + text : ""));
                            }
                        }
                        case DELIVER -> {
                            link.desk.deliverPending();
                            link.channel.flush();
                        }
                    }
                }
                expectedTexts.add(texts);
                reached.add(at);
            }
            link.settle(25);

            for (int i = 0; i < escalated.size(); i++) {
                Escalated one = escalated.get(i);
                Organization organization = one.organization();
                List<String> arrived = organization.as(organization.administrator,
                        () -> organization.tickets.notes(one.ticket().id())).stream()
                        .filter(note -> note.origin() == Origin.VENDOR)
                        .map(TicketNote::text)
                        .toList();
                assertThat(arrived).as("the vendor's updates, once each and in order").isEqualTo(expectedTexts.get(i));
                TicketStatus status = organization.as(organization.administrator,
                        () -> organization.tickets.get(one.ticket().id())).status();
                int walked = reached.get(i);
                TicketStatus expected = walked >= 5 ? TicketStatus.CLOSED
                        : walked >= 4 ? TicketStatus.RESOLVED
                        : walked == 2 ? TicketStatus.WAITING_ON_CUSTOMER : TicketStatus.ESCALATED;
                assertThat(status).as("the organization's status follows the desk's").isEqualTo(expected);
                List<DeskEvent> deskHistory = link.asVendor(AGENT, () -> link.service.history(link.service
                        .findByTicket(organization.id, one.ticket().id()).orElseThrow().id()));
                assertThat(deskHistory).filteredOn(event -> event.type() == Type.RECEIVED).hasSize(1);
            }
        }
    }

    private record Escalated(Organization organization, Ticket ticket) {
    }
}
