// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caseload.core.internal.memory.MemoryHistoryLog;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.tickets.TicketAssigneeFilter;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketScreenshotRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.storage.tickets.TicketStore;

/**
 * Tickets with their idempotency-key and status-age indexes, their notes and their screenshots;
 * accessed only under the storage's lock.
 */
final class MemoryTicketStore {

    private static final Comparator<TicketRecord> LONGEST_IN_STATUS = Comparator
            .comparing(TicketRecord::statusChangedAt)
            .thenComparing(TicketRecord::id);

    private final Map<String, TicketRecord> byId = new HashMap<>();
    private final MemoryHistoryLog<TicketNoteRecord> notes = new MemoryHistoryLog<>("ticket", "a ticket note",
            byId::containsKey, TicketNoteRecord::ticketId, TicketNoteRecord::id);
    private final Map<IdempotencyScope, String> idByIdempotencyKey = new HashMap<>();
    private final Map<TicketStatus, NavigableSet<TicketRecord>> byStatusAge = new EnumMap<>(TicketStatus.class);
    private final Map<String, TicketScreenshotRecord> screenshots = new HashMap<>();
    private final VersionedRecords<String, TicketRecord> records = VersionedRecords.byId("ticket", "a ticket",
            TicketRecord::id, TicketRecord::version, TicketRecord::withVersion, byId,
            List.of(new IdempotencyIndex(), new StatusAgeIndex()));

    /** Whether a ticket with this id exists, for the stores that hang records on tickets. */
    boolean contains(String ticketId) {
        return byId.containsKey(ticketId);
    }

    TicketStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<TicketRecord> implements TicketStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<TicketRecord> find(TicketQuery query) {
            return byId.values().stream()
                    .filter(matching(query))
                    .sorted(ordering(query.order()))
                    .skip(query.offset())
                    .limit(query.limit())
                    .toList();
        }

        @Override
        public void addNote(TicketNoteRecord note) {
            notes.append(undoLog(), note);
        }

        @Override
        public List<TicketNoteRecord> notes(String ticketId) {
            return notes.entries(ticketId);
        }

        @Override
        public Optional<TicketRecord> findByIdempotencyKey(String organizationId, String key) {
            return Optional.ofNullable(idByIdempotencyKey.get(new IdempotencyScope(organizationId, key)))
                    .map(byId::get);
        }

        @Override
        public List<TicketRecord> findInStatusEnteredBy(TicketStatus status, Instant cutoff, int limit) {
            return byStatusAge.getOrDefault(status, Collections.emptyNavigableSet()).stream()
                    .takeWhile(ticket -> !ticket.statusChangedAt().isAfter(cutoff))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void putScreenshot(TicketScreenshotRecord screenshot) {
            if (!byId.containsKey(screenshot.ticketId())) {
                throw new NotFoundException("ticket", screenshot.ticketId());
            }
            if (screenshots.containsKey(screenshot.ticketId())) {
                throw new StorageException("ticket " + screenshot.ticketId() + " already has a screenshot");
            }
            undoLog().add(() -> screenshots.remove(screenshot.ticketId()));
            screenshots.put(screenshot.ticketId(), screenshot);
        }

        @Override
        public Optional<TicketScreenshotRecord> screenshot(String ticketId) {
            return Optional.ofNullable(screenshots.get(ticketId));
        }
    }

    /** At most one ticket per idempotency key within an organization. */
    private final class IdempotencyIndex implements VersionedRecords.Index<TicketRecord> {
        @Override
        public void check(TicketRecord ticket) {
            IdempotencyScope scope = IdempotencyScope.of(ticket);
            String holder = scope == null ? null : idByIdempotencyKey.get(scope);
            if (holder != null && !holder.equals(ticket.id())) {
                throw new StorageException("a ticket of organization " + ticket.organizationId()
                        + " with the same idempotency key already exists");
            }
        }

        @Override
        public void add(TicketRecord ticket) {
            IdempotencyScope scope = IdempotencyScope.of(ticket);
            if (scope != null) {
                idByIdempotencyKey.put(scope, ticket.id());
            }
        }

        @Override
        public void remove(TicketRecord ticket) {
            IdempotencyScope scope = IdempotencyScope.of(ticket);
            if (scope != null) {
                idByIdempotencyKey.remove(scope);
            }
        }
    }

    /** The tickets of each status, longest in it first. */
    private final class StatusAgeIndex implements VersionedRecords.Index<TicketRecord> {
        @Override
        public void add(TicketRecord ticket) {
            byStatusAge.computeIfAbsent(ticket.status(), status -> new TreeSet<>(LONGEST_IN_STATUS)).add(ticket);
        }

        @Override
        public void remove(TicketRecord ticket) {
            byStatusAge.get(ticket.status()).remove(ticket);
        }
    }

    private static Predicate<TicketRecord> matching(TicketQuery query) {
        return ticket -> ticket.organizationId().equals(query.organizationId())
                && (query.statuses().isEmpty() || query.statuses().contains(ticket.status()))
                && (query.kinds().isEmpty() || query.kinds().contains(ticket.kind()))
                && assigneeMatches(query.assignee(), ticket.assigneeUserId())
                && (query.reporterUserId() == null || query.reporterUserId().equals(ticket.reporterUserId()))
                && (query.createdFrom() == null || !ticket.createdAt().isBefore(query.createdFrom()))
                && (query.createdUntil() == null || !ticket.createdAt().isAfter(query.createdUntil()));
    }

    private static boolean assigneeMatches(TicketAssigneeFilter filter, String assigneeUserId) {
        if (filter instanceof TicketAssigneeFilter.AssignedTo assignedTo) {
            return assignedTo.userId().equals(assigneeUserId);
        }
        return filter != TicketAssigneeFilter.unassigned() || assigneeUserId == null;
    }

    private static Comparator<TicketRecord> ordering(TicketOrder order) {
        Comparator<TicketRecord> primary = switch (order) {
            case NEWEST_FIRST -> Comparator.comparing(TicketRecord::createdAt).reversed();
            case OLDEST_FIRST -> Comparator.comparing(TicketRecord::createdAt);
            case RECENTLY_UPDATED_FIRST -> Comparator.comparing(TicketRecord::updatedAt).reversed();
        };
        return primary.thenComparing(TicketRecord::id);
    }

    /** An idempotency key within its organization. */
    private record IdempotencyScope(String organizationId, String key) {
        static IdempotencyScope of(TicketRecord ticket) {
            return ticket.idempotencyKey() == null
                    ? null
                    : new IdempotencyScope(ticket.organizationId(), ticket.idempotencyKey().key());
        }
    }
}
