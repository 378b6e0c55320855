// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.tickets.TicketHistoryStore}: an append-only log per
 * ticket that keeps the order entries were appended in, whatever their times.
 */
public interface TicketHistoryStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void aSessionHandsOutTheSameHistoryStoreEveryTime() {
        inUnit(storage(), session -> assertThat(session.ticketHistory()).isSameAs(session.ticketHistory()));
    }

    @Test
    default void historyEntriesComeBackInTheOrderTheyWereAppendedWithEveryFieldAsWritten() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketRecord otherTicket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        String prefix = unique("history");
        TicketHistoryRecord submitted = TicketHistoryRecord.submitted(prefix + "-d", ticket.id(), at(50), "u-riley",
                "Riley Reporter", TicketStatus.SUBMITTED);
        TicketHistoryRecord assigned = TicketHistoryRecord.assigned(prefix + "-c", ticket.id(), at(10), "u-ada",
                "Ada Administrator", "u-ada");
        TicketHistoryRecord unassigned = TicketHistoryRecord.assigned(prefix + "-b", ticket.id(), at(10), "u-ada",
                "Ada Administrator", null);
        TicketHistoryRecord noted = TicketHistoryRecord.noteAdded(prefix + "-a", ticket.id(), at(30), "u-ada",
                "Ada Administrator", unique("note"), Visibility.INTERNAL);
        TicketHistoryRecord changed = TicketHistoryRecord.statusChanged(prefix + "-e", ticket.id(), at(20), "u-ada",
                "Ada Administrator", TicketStatus.SUBMITTED, TicketStatus.IN_PROGRESS);
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().insert(otherTicket);
            session.ticketHistory().append(submitted);
            session.ticketHistory().append(assigned);
            session.ticketHistory().append(TicketHistoryRecord.submitted(unique("history"), otherTicket.id(), at(0),
                    "u-sam", "Sam", TicketStatus.SUBMITTED));
            session.ticketHistory().append(unassigned);
        });
        inUnit(storage, session -> {
            session.ticketHistory().append(noted);
            session.ticketHistory().append(changed);
        });

        assertThat(entries(storage, ticket.id())).containsExactly(submitted, assigned, unassigned, noted, changed);
        assertThat(entries(storage, otherTicket.id())).hasSize(1);
    }

    @Test
    default void historyOfAnUnknownTicketIsEmpty() {
        assertThat(entries(storage(), unique("ticket"))).isEmpty();
    }

    @Test
    default void historyAppendToAnUnknownTicketFailsWithNotFound() {
        Storage storage = storage();
        String unknown = unique("ticket");

        assertThatThrownBy(() -> inUnit(storage, session -> session.ticketHistory().append(
                TicketHistoryRecord.submitted(unique("history"), unknown, at(0), "u-riley", "Riley",
                        TicketStatus.SUBMITTED))))
                .isInstanceOf(NotFoundException.class);

        assertThat(entries(storage, unknown)).isEmpty();
    }

    @Test
    default void historyAppendOfAnExistingIdFailsAndKeepsTheStoredEntry() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketRecord otherTicket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketHistoryRecord entry = TicketHistoryRecord.submitted(unique("history"), ticket.id(), at(0), "u-riley",
                "Riley", TicketStatus.SUBMITTED);
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().insert(otherTicket);
            session.ticketHistory().append(entry);
        });

        for (String ticketId : List.of(ticket.id(), otherTicket.id())) {
            assertThatThrownBy(() -> inUnit(storage, session -> session.ticketHistory().append(
                    TicketHistoryRecord.assigned(entry.id(), ticketId, at(1), "u-ada", "Ada", "u-ada"))))
                    .isInstanceOf(StorageException.class);
        }

        assertThat(entries(storage, ticket.id())).containsExactly(entry);
        assertThat(entries(storage, otherTicket.id())).isEmpty();
    }

    @Test
    default void aRolledBackHistoryAppendLeavesNoTrace() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketHistoryRecord kept = TicketHistoryRecord.submitted(unique("history"), ticket.id(), at(0), "u-riley",
                "Riley", TicketStatus.SUBMITTED);
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.ticketHistory().append(kept);
        });

        inRolledBackUnit(storage, session -> session.ticketHistory().append(TicketHistoryRecord.statusChanged(
                unique("history"), ticket.id(), at(1), "u-ada", "Ada", TicketStatus.SUBMITTED, TicketStatus.RESOLVED)));

        assertThat(entries(storage, ticket.id())).containsExactly(kept);
    }

    private static List<TicketHistoryRecord> entries(Storage storage, String ticketId) {
        return storage.inTransaction(session -> session.ticketHistory().entries(ticketId));
    }
}
