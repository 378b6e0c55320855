// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.OTHER_REPORTER;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SECOND_ADMINISTRATOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketHistoryRecord.Type;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.ticketing.TicketModel.ModelTicket;

/** What must hold of every ticket after every call, checked through the public service. */
final class TicketInvariants {

    private static final List<Principal> REPORTERS = List.of(REPORTER, COLLEAGUE, ADMINISTRATOR, SECOND_ADMINISTRATOR,
            OTHER_REPORTER, OTHER_ADMINISTRATOR);

    private TicketInvariants() {
    }

    static void check(TicketingFixture fixture, ModelTicket expected, Object after) {
        String context = expected.id + " after " + after;
        fixture.identity.as(expected.organizationId.equals(ORGANIZATION) ? ADMINISTRATOR : OTHER_ADMINISTRATOR);
        Ticket ticket = fixture.tickets.get(expected.id);
        assertThat(ticket.status()).as(context).isEqualTo(expected.status);
        assertThat(ticket.version()).as(context).isEqualTo(expected.version);
        assertThat(ticket.assigneeUserId()).as(context).isEqualTo(expected.assigneeUserId);
        assertThat(ticket.resolution() != null).as(context + ": resolved or closed iff it has a resolution")
                .isEqualTo(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED).contains(ticket.status()));
        if (ticket.status() == TicketStatus.RESOLVED) {
            assertThat(ticket.resolution()).as(context).isEqualTo(expected.resolution);
        }

        List<String> notes = fixture.tickets.notes(expected.id).stream().map(TicketNote::id).toList();
        assertThat(notes).as(context + ": every note, in order").containsExactlyElementsOf(expected.notes);
        List<TicketEvent> history = fixture.tickets.history(expected.id);
        assertReplays(context, history, ticket, notes);

        Principal reporter = REPORTERS.stream().filter(p -> p.userId().equals(expected.reporterUserId)).findFirst()
                .orElseThrow();
        fixture.identity.as(reporter);
        assertThat(fixture.tickets.notes(expected.id)).extracting(TicketNote::id).as(context + ": the reporter's view")
                .containsExactlyElementsOf(TicketModel.administers(reporter, expected) ? expected.notes
                        : expected.publicNotes);
    }

    /** Replays the history: every move is one the lifecycle allows, and the end is the ticket as it is. */
    private static void assertReplays(String context, List<TicketEvent> history, Ticket ticket, List<String> notes) {
        assertThat(history).as(context).isNotEmpty();
        assertThat(history.get(0).type()).as(context + ": the first event").isEqualTo(Type.SUBMITTED);
        TicketStatus status = history.get(0).toStatus();
        String assignee = null;
        List<String> replayedNotes = new ArrayList<>();
        for (TicketEvent event : history.subList(1, history.size())) {
            switch (event.type()) {
                case STATUS_CHANGED -> {
                    assertThat(event.fromStatus()).as(context + ": a move starts where the last ended")
                            .isEqualTo(status);
                    assertThat(DocumentedLifecycle.drawn(status, event.toStatus()))
                            .as(context + ": " + status + " to " + event.toStatus() + " is in the lifecycle").isTrue();
                    status = event.toStatus();
                }
                case ASSIGNED -> assignee = event.assigneeUserId();
                case NOTE_ADDED -> replayedNotes.add(event.noteId());
                case SUBMITTED -> throw new AssertionError(context + ": a second SUBMITTED event");
            }
        }
        assertThat(status).as(context + ": the replayed status").isEqualTo(ticket.status());
        assertThat(assignee).as(context + ": the replayed assignee").isEqualTo(ticket.assigneeUserId());
        assertThat(replayedNotes).as(context + ": the replayed notes").containsExactlyElementsOf(notes);
    }
}
