// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.util.List;
import java.util.function.Predicate;
import org.caseload.core.internal.memory.MemoryHistoryLog;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketHistoryStore;

/** The append-only history of every ticket; accessed only under the storage's lock. */
final class MemoryTicketHistoryStore {

    private final MemoryHistoryLog<TicketHistoryRecord> log;

    /** @param ticketExists whether a ticket with a given id exists */
    MemoryTicketHistoryStore(Predicate<String> ticketExists) {
        this.log = new MemoryHistoryLog<>("ticket", "a ticket history entry", ticketExists, TicketHistoryRecord::ticketId,
                TicketHistoryRecord::id);
    }

    TicketHistoryStore bind(List<Runnable> undoLog) {
        return new TicketHistoryStore() {
            @Override
            public void append(TicketHistoryRecord entry) {
                log.append(undoLog, entry);
            }

            @Override
            public List<TicketHistoryRecord> entries(String ticketId) {
                return log.entries(ticketId);
            }
        };
    }
}
