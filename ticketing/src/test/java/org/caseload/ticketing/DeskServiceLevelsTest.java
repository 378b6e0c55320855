// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SlaTestBed.toronto;

import java.time.Duration;
import java.util.function.Function;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.ticketing.sla.SlaSweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service levels of a support desk, driven by the desk's own work on its tickets. */
class DeskServiceLevelsTest {

    private final SlaTestBed bed = new SlaTestBed(new InMemoryStorage(), toronto("2025-01-06T09:30"));

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void triageStartsTheClocksAShareStopsTheFirstAndWaitingOnTheCustomerMovesTheResolution() {
        DeskTicket ticket = triagedHigh();
        assertThat(clock(ticket, SlaMetric.FIRST_RESPONSE).dueAt()).isEqualTo(toronto("2025-01-06T10:30"));
        assertThat(clock(ticket, SlaMetric.RESOLUTION).dueAt()).isEqualTo(toronto("2025-01-07T09:30"));

        bed.at("2025-01-06T10:00");
        ticket = asAgent(ticket.id(), id -> {
            bed.desk.service().addNote(AddDeskNote.shared(id, "Could you send the printer model?"));
            return bed.desk.service().changeStatus(ChangeDeskStatus.of(bed.desk.service().get(id),
                    DeskTicketStatus.WAITING_ON_CUSTOMER));
        });
        assertThat(clock(ticket, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaClock.State.STOPPED);
        assertThat(clock(ticket, SlaMetric.RESOLUTION).state()).isEqualTo(SlaClock.State.PAUSED);

        bed.at("2025-01-06T15:00");
        DeskTicket waiting = ticket;
        asAgent(ticket.id(), id -> bed.desk.service().changeStatus(ChangeDeskStatus.of(
                bed.desk.service().get(id), DeskTicketStatus.IN_PROGRESS)));

        SlaClock resolution = clock(waiting, SlaMetric.RESOLUTION);
        assertThat(resolution.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(resolution.pausedFor()).isEqualTo(Duration.ofHours(5));
        assertThat(resolution.dueAt()).isEqualTo(toronto("2025-01-07T14:30"));
    }

    @Test
    void theDesksSweepReportsABreachOfItsClocks() {
        DeskTicket ticket = triagedHigh();
        bed.at("2025-01-06T10:45");
        bed.identity.as(SlaTestBed.SCHEDULER);

        assertThat(bed.desk.sweepServiceLevels()).isEqualTo(new SlaSweepResult(0, 1, 1));
        assertThat(bed.notifier.delivered()).singleElement().satisfies(notification ->
                assertThat(notification.subject()).isEqualTo("Service level breached: ticket " + ticket.id()));
    }

    @Test
    void aDeskWithoutServiceLevelsHasNothingToSweepAndNoClocks() {
        SupportDesk plain = SupportDesk.builder(bed.caseload, message -> { }).build();
        DeskTicket ticket = triagedHigh();
        bed.identity.as(SlaTestBed.SCHEDULER);

        assertThat(plain.sweepServiceLevels()).isEqualTo(new SlaSweepResult(0, 0, 0));
        bed.identity.as(SlaTestBed.AGENT);
        assertThatThrownBy(() -> plain.serviceLevels(ticket.id())).isInstanceOf(NotFoundException.class);
    }

    /** An escalation received and triaged with impact HIGH and urgency MEDIUM: priority HIGH. */
    private DeskTicket triagedHigh() {
        bed.identity.as(SlaTestBed.DESK_LINK);
        bed.desk.service().receive(new SupportMessage.Escalation("message-1", "org-a", "ticket-1",
                bed.clock.instant(), 1, "ISSUE", "Printing shows an empty page.", "client.intake", "4.2.1",
                "Ada Administrator",
                null));
        bed.identity.as(SlaTestBed.AGENT);
        DeskTicket received = bed.desk.service().findByTicket("org-a", "ticket-1").orElseThrow();
        return bed.desk.service().triage(TriageDeskTicket.of(received, 2, Complexity.MEDIUM, Impact.HIGH,
                Urgency.MEDIUM));
    }

    private DeskTicket asAgent(String deskTicketId, Function<String, DeskTicket> work) {
        bed.identity.as(SlaTestBed.AGENT);
        return work.apply(deskTicketId);
    }

    private SlaClock clock(DeskTicket ticket, SlaMetric metric) {
        bed.identity.as(SlaTestBed.AGENT);
        return bed.desk.serviceLevels(ticket.id()).stream().filter(clock -> clock.metric() == metric)
                .findFirst().orElseThrow();
    }
}
