// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.caseload.core.internal.memory.MemoryHistoryLog;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
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

    private final BiPredicate<String, Instant> runsDueBefore;
    private final Map<String, DeskTicketRecord> byId = new HashMap<>();
    private final MemoryHistoryLog<DeskNoteRecord> notes = new MemoryHistoryLog<>("deskTicket", "a desk note",
            byId::containsKey, DeskNoteRecord::deskTicketId, DeskNoteRecord::id);
    private final Map<List<String>, String> idByTicket = new HashMap<>();
    private final Map<String, DeskAttachmentRecord> attachments = new HashMap<>();
    private final Map<String, DeskAttachmentRecord> noteAttachments = new HashMap<>();
    private final VersionedRecords<String, DeskTicketRecord> records = new VersionedRecords<>("deskTicket",
            DeskTicketRecord::id, DeskTicketRecord::version, DeskTicketRecord::withVersion,
            MemoryDeskTicketStore::duplicate, byId, List.of(new TicketIndex()));

    /** @param runsDueBefore whether a desk ticket has a running service-level clock due before an instant */
    MemoryDeskTicketStore(BiPredicate<String, Instant> runsDueBefore) {
        this.runsDueBefore = runsDueBefore;
    }

    /** Whether a desk ticket with this id exists, for the history store. */
    boolean contains(String deskTicketId) {
        return byId.containsKey(deskTicketId);
    }

    DeskTicketStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<DeskTicketRecord> implements DeskTicketStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public DeskTicketRecord update(DeskTicketRecord ticket) {
            DeskTicketRecord previous = byId.get(ticket.id());
            if (previous == null) {
                return super.update(ticket);
            }
            // The correlation to the organization's ticket never changes.
            return super.update(new DeskTicketRecord(ticket.id(), previous.organizationId(),
                    previous.ticketId(), ticket.kind(), ticket.summary(), ticket.screenId(), ticket.escalatedBy(),
                    ticket.attachmentMediaType(), ticket.status(), ticket.severity(), ticket.complexity(),
                    ticket.impact(), ticket.urgency(), ticket.priority(), ticket.tier(), ticket.supportGroup(),
                    ticket.resolution(), previous.receivedAt(), ticket.updatedAt(), ticket.version(), ticket.round(),
                    ticket.productVersion(), ticket.assigneeUserId()));
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
                    .filter(ticket -> query.organizationId() == null
                            || query.organizationId().equals(ticket.organizationId()))
                    .filter(ticket -> query.assigneeUserId() == null
                            || query.assigneeUserId().equals(ticket.assigneeUserId()))
                    .filter(ticket -> query.dueBefore() == null || runsDueBefore.test(ticket.id(), query.dueBefore()))
                    .sorted(OLDEST_FIRST)
                    .skip(query.offset())
                    .limit(query.limit())
                    .toList();
        }

        @Override
        public void addNote(DeskNoteRecord note) {
            notes.append(undoLog(), note);
        }

        @Override
        public List<DeskNoteRecord> notes(String deskTicketId) {
            return notes.entries(deskTicketId);
        }

        @Override
        public void putAttachment(DeskAttachmentRecord attachment) {
            if (!byId.containsKey(attachment.deskTicketId())) {
                throw new NotFoundException("deskTicket", attachment.deskTicketId());
            }
            DeskAttachmentRecord previous = attachments.get(attachment.deskTicketId());
            undoLog().add(() -> {
                if (previous == null) {
                    attachments.remove(attachment.deskTicketId());
                } else {
                    attachments.put(previous.deskTicketId(), previous);
                }
            });
            attachments.put(attachment.deskTicketId(), attachment);
        }

        @Override
        public Optional<DeskAttachmentRecord> attachment(String deskTicketId) {
            return Optional.ofNullable(attachments.get(deskTicketId));
        }

        @Override
        public void putNoteAttachment(String noteId, DeskAttachmentRecord attachment) {
            if (!byId.containsKey(attachment.deskTicketId())) {
                throw new NotFoundException("deskTicket", attachment.deskTicketId());
            }
            if (noteAttachments.containsKey(noteId)) {
                throw new StorageException("note " + noteId + " has an attachment already");
            }
            undoLog().add(() -> noteAttachments.remove(noteId));
            noteAttachments.put(noteId, attachment);
        }

        @Override
        public Optional<DeskAttachmentRecord> noteAttachment(String noteId) {
            return Optional.ofNullable(noteAttachments.get(noteId));
        }
    }

    private static String duplicate(DeskTicketRecord ticket) {
        return "a desk ticket with id " + ticket.id() + " or for the same organization's ticket already exists";
    }

    private static List<String> ticketKey(DeskTicketRecord ticket) {
        return List.of(ticket.organizationId(), ticket.ticketId());
    }

    /** One desk ticket per organization's ticket. */
    private final class TicketIndex implements VersionedRecords.Index<DeskTicketRecord> {
        @Override
        public void check(DeskTicketRecord ticket) {
            String holder = idByTicket.get(ticketKey(ticket));
            if (holder != null && !holder.equals(ticket.id())) {
                throw new StorageException(duplicate(ticket));
            }
        }

        @Override
        public void add(DeskTicketRecord ticket) {
            idByTicket.put(ticketKey(ticket), ticket.id());
        }

        @Override
        public void remove(DeskTicketRecord ticket) {
            idByTicket.remove(ticketKey(ticket));
        }
    }
}
