package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.TicketHistoryRecord;
import org.caseload.spi.storage.TicketHistoryStore;

/** The append-only history of every ticket; accessed only under the storage's lock. */
final class MemoryTicketHistoryStore {

    private final Predicate<String> ticketExists;
    private final Map<String, List<TicketHistoryRecord>> entriesByTicket = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    /** @param ticketExists whether a ticket with a given id exists */
    MemoryTicketHistoryStore(Predicate<String> ticketExists) {
        this.ticketExists = ticketExists;
    }

    TicketHistoryStore bind(List<Runnable> undoLog) {
        return new TicketHistoryStore() {
            @Override
            public void append(TicketHistoryRecord entry) {
                if (!ticketExists.test(entry.ticketId())) {
                    throw new NotFoundException("ticket", entry.ticketId());
                }
                if (!ids.add(entry.id())) {
                    throw new StorageException("a ticket history entry with id " + entry.id() + " already exists");
                }
                List<TicketHistoryRecord> entries = entriesByTicket.computeIfAbsent(entry.ticketId(),
                        id -> new ArrayList<>());
                entries.add(entry);
                undoLog.add(() -> {
                    entries.remove(entries.size() - 1);
                    ids.remove(entry.id());
                });
            }

            @Override
            public List<TicketHistoryRecord> entries(String ticketId) {
                return List.copyOf(entriesByTicket.getOrDefault(ticketId, List.of()));
            }
        };
    }
}
