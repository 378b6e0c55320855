// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.http.HttpLink.ADMIN;
import static org.caseload.http.HttpLink.AGENT;
import static org.caseload.http.HttpLink.KEY_ADMIN;
import static org.caseload.http.HttpLink.ORG;

import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An escalation and the desk's updates cross loopback HTTP between two real runtimes, both ways. */
class HttpRoundTripTest {

    private final HttpLink link = new HttpLink();

    @AfterEach
    void close() {
        link.close();
    }

    @Test
    void theOrganizationEscalatesTheDeskWorksItAndTheOrganizationSeesItResolved() {
        Ticket ticket = link.submitAndEscalate("Printing shows an empty page.");
        link.ticketing.deliverPending();
        assertThat(link.ticketing.deliveryCounts().pending()).isZero();

        DeskTicket received = link.asVendor(AGENT, () -> link.service.findByTicket(ORG, ticket.id())).orElseThrow();
        assertThat(received.status()).isEqualTo(DeskTicketStatus.NEW);
        assertThat(received.summary()).isEqualTo("Printing shows an empty page.");

        DeskTicket triaged = link.asVendor(AGENT, () -> link.service.triage(TriageDeskTicket.of(received, 3,
                Complexity.MEDIUM, Impact.MEDIUM, Urgency.MEDIUM)));
        link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(triaged.id(), "Fixed in 4.2.2.")));
        DeskTicket working = link.asVendor(AGENT, () -> link.service.changeStatus(
                ChangeDeskStatus.of(link.service.get(triaged.id()), DeskTicketStatus.IN_PROGRESS)));
        link.asVendor(AGENT, () -> link.service.changeStatus(ChangeDeskStatus.resolve(working, "Reload the form.")));
        link.desk.deliverPending();
        assertThat(link.desk.deliveryCounts().pending()).isZero();

        Ticket resolved = link.asOrganization(ADMIN, () -> link.tickets.get(ticket.id()));
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo("Reload the form.");
        assertThat(link.asOrganization(ADMIN, () -> link.tickets.notes(ticket.id())))
                .filteredOn(note -> note.visibility() == Visibility.PUBLIC).singleElement().satisfies(note -> {
                    assertThat(note.origin()).isEqualTo(Origin.VENDOR);
                    assertThat(note.text()).isEqualTo("Fixed in 4.2.2.");
                });
        assertThat(link.ticketing.deliveryCounts().dead()).isZero();
        assertThat(link.desk.deliveryCounts().dead()).isZero();
    }

    @Test
    void theDeskRecordsTheCredentialsFirstUse() {
        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.list(ORG))).singleElement()
                .satisfies(credential -> assertThat(credential.firstUsedAt()).isNull());

        link.submitAndEscalate("Printing shows an empty page.");
        link.ticketing.deliverPending();

        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.list(ORG))).singleElement()
                .satisfies(credential -> assertThat(credential.firstUsedAt()).isEqualTo(link.clock.instant()));
    }
}
