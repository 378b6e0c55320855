// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.util.List;
import java.util.function.Predicate;
import org.caseload.core.internal.memory.MemoryHistoryLog;
import org.caseload.spi.storage.desk.DeskHistoryRecord;
import org.caseload.spi.storage.desk.DeskHistoryStore;

/** The append-only history of every desk ticket; accessed only under the storage's lock. */
final class MemoryDeskHistoryStore {

    private final MemoryHistoryLog<DeskHistoryRecord> log;

    /** @param deskTicketExists whether a desk ticket with a given id exists */
    MemoryDeskHistoryStore(Predicate<String> deskTicketExists) {
        this.log = new MemoryHistoryLog<>("deskTicket", "a deskTicket history entry", deskTicketExists, DeskHistoryRecord::deskTicketId,
                DeskHistoryRecord::id);
    }

    DeskHistoryStore bind(List<Runnable> undoLog) {
        return new DeskHistoryStore() {
            @Override
            public void append(DeskHistoryRecord entry) {
                log.append(undoLog, entry);
            }

            @Override
            public List<DeskHistoryRecord> entries(String deskTicketId) {
                return log.entries(deskTicketId);
            }
        };
    }
}
