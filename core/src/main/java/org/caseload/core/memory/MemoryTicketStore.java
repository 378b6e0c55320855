package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.TicketNoteRecord;
import org.caseload.spi.storage.TicketQuery;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStore;

/** Tickets and their notes; accessed only under the storage's lock. */
final class MemoryTicketStore {

    private static final Comparator<TicketRecord> NEWEST_FIRST = Comparator
            .comparing(TicketRecord::createdAt).reversed()
            .thenComparing(TicketRecord::id);

    private final Map<String, TicketRecord> byId = new HashMap<>();
    private final Map<String, List<TicketNoteRecord>> notesByTicket = new HashMap<>();
    private final Set<String> noteIds = new HashSet<>();

    TicketStore bind(List<Runnable> undoLog) {
        return new TicketStore() {
            @Override
            public TicketRecord insert(TicketRecord ticket) {
                if (byId.containsKey(ticket.id())) {
                    throw new StorageException("a ticket with id " + ticket.id() + " already exists");
                }
                TicketRecord stored = ticket.withVersion(1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.remove(stored.id()));
                return stored;
            }

            @Override
            public TicketRecord update(TicketRecord ticket) {
                TicketRecord previous = byId.get(ticket.id());
                if (previous == null) {
                    throw new NotFoundException("ticket", ticket.id());
                }
                if (previous.version() != ticket.version()) {
                    throw new ConcurrentModificationException("ticket", ticket.id(), ticket.version());
                }
                TicketRecord stored = ticket.withVersion(ticket.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<TicketRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<TicketRecord> find(TicketQuery query) {
                return byId.values().stream()
                        .filter(t -> t.organizationId().equals(query.organizationId()))
                        .filter(t -> query.statuses().isEmpty() || query.statuses().contains(t.status()))
                        .sorted(NEWEST_FIRST)
                        .skip(query.offset())
                        .limit(query.limit())
                        .toList();
            }

            @Override
            public void addNote(TicketNoteRecord note) {
                if (!byId.containsKey(note.ticketId())) {
                    throw new NotFoundException("ticket", note.ticketId());
                }
                if (!noteIds.add(note.id())) {
                    throw new StorageException("a ticket note with id " + note.id() + " already exists");
                }
                List<TicketNoteRecord> notes = notesByTicket.computeIfAbsent(note.ticketId(), id -> new ArrayList<>());
                notes.add(note);
                undoLog.add(() -> {
                    notes.remove(notes.size() - 1);
                    noteIds.remove(note.id());
                });
            }

            @Override
            public List<TicketNoteRecord> notes(String ticketId) {
                return List.copyOf(notesByTicket.getOrDefault(ticketId, List.of()));
            }
        };
    }
}
