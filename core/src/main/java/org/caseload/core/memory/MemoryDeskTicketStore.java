// SPDX-License-Identifier: Apache-2.0
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
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskNoteRecord;
import org.caseload.spi.storage.desk.DeskTicketQuery;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStore;

/** Desk tickets with their (organization, ticket) index, notes and screenshots; used under the storage's lock. */
final class MemoryDeskTicketStore {

    private static final Comparator<DeskTicketRecord> OLDEST_FIRST = Comparator
            .comparing(DeskTicketRecord::receivedAt)
            .thenComparing(DeskTicketRecord::id);

    private final Map<String, DeskTicketRecord> byId = new HashMap<>();
    private final Map<List<String>, String> idByTicket = new HashMap<>();
    private final Map<String, List<DeskNoteRecord>> notesByTicket = new HashMap<>();
    private final Set<String> noteIds = new HashSet<>();
    private final Map<String, DeskAttachmentRecord> attachments = new HashMap<>();

    /** Whether a desk ticket with this id exists, for the history store. */
    boolean contains(String deskTicketId) {
        return byId.containsKey(deskTicketId);
    }

    DeskTicketStore bind(List<Runnable> undoLog) {
        return new DeskTicketStore() {
            @Override
            public DeskTicketRecord insert(DeskTicketRecord ticket) {
                List<String> key = List.of(ticket.organizationId(), ticket.ticketId());
                if (byId.containsKey(ticket.id()) || idByTicket.containsKey(key)) {
                    throw new StorageException("a desk ticket with id " + ticket.id()
                            + " or for the same organization's ticket already exists");
                }
                DeskTicketRecord stored = ticket.withVersion(1);
                byId.put(stored.id(), stored);
                idByTicket.put(key, stored.id());
                undoLog.add(() -> {
                    byId.remove(stored.id());
                    idByTicket.remove(key);
                });
                return stored;
            }

            @Override
            public DeskTicketRecord update(DeskTicketRecord ticket) {
                DeskTicketRecord previous = byId.get(ticket.id());
                if (previous == null) {
                    throw new NotFoundException("deskTicket", ticket.id());
                }
                if (previous.version() != ticket.version()) {
                    throw new ConcurrentModificationException("deskTicket", ticket.id(), ticket.version());
                }
                // The correlation to the organization's ticket never changes.
                DeskTicketRecord stored = new DeskTicketRecord(ticket.id(), previous.organizationId(),
                        previous.ticketId(), ticket.kind(), ticket.summary(), ticket.screenId(), ticket.escalatedBy(),
                        ticket.attachmentMediaType(), ticket.status(), ticket.severity(), ticket.complexity(),
                        ticket.impact(), ticket.urgency(), ticket.priority(), ticket.tier(), ticket.supportGroup(),
                        ticket.resolution(), previous.receivedAt(), ticket.updatedAt(), ticket.version() + 1);
                byId.put(stored.id(), stored);
                undoLog.add(() -> byId.put(previous.id(), previous));
                return stored;
            }

            @Override
            public Optional<DeskTicketRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Optional<DeskTicketRecord> findByTicket(String organizationId, String ticketId) {
                return Optional.ofNullable(idByTicket.get(List.of(organizationId, ticketId))).map(byId::get);
            }

            @Override
            public List<DeskTicketRecord> find(DeskTicketQuery query) {
                return byId.values().stream()
                        .filter(ticket -> query.status() == null || ticket.status() == query.status())
                        .filter(ticket -> query.tier() == null || query.tier().equals(ticket.tier()))
                        .sorted(OLDEST_FIRST)
                        .limit(query.limit())
                        .toList();
            }

            @Override
            public void addNote(DeskNoteRecord note) {
                if (!byId.containsKey(note.deskTicketId())) {
                    throw new NotFoundException("deskTicket", note.deskTicketId());
                }
                if (!noteIds.add(note.id())) {
                    throw new StorageException("a desk note with id " + note.id() + " already exists");
                }
                List<DeskNoteRecord> notes = notesByTicket.computeIfAbsent(note.deskTicketId(), id -> new ArrayList<>());
                notes.add(note);
                undoLog.add(() -> {
                    notes.remove(notes.size() - 1);
                    noteIds.remove(note.id());
                });
            }

            @Override
            public List<DeskNoteRecord> notes(String deskTicketId) {
                return List.copyOf(notesByTicket.getOrDefault(deskTicketId, List.of()));
            }

            @Override
            public void putAttachment(DeskAttachmentRecord attachment) {
                if (!byId.containsKey(attachment.deskTicketId())) {
                    throw new NotFoundException("deskTicket", attachment.deskTicketId());
                }
                DeskAttachmentRecord previous = attachments.put(attachment.deskTicketId(), attachment);
                undoLog.add(() -> {
                    if (previous == null) {
                        attachments.remove(attachment.deskTicketId());
                    } else {
                        attachments.put(previous.deskTicketId(), previous);
                    }
                });
            }

            @Override
            public Optional<DeskAttachmentRecord> attachment(String deskTicketId) {
                return Optional.ofNullable(attachments.get(deskTicketId));
            }
        };
    }
}
