// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caseload.spi.error.ConcurrentModificationException;
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
    private final Map<IdempotencyScope, String> idByIdempotencyKey = new HashMap<>();
    private final Map<TicketStatus, NavigableSet<TicketRecord>> byStatusAge = new EnumMap<>(TicketStatus.class);
    private final Map<String, List<TicketNoteRecord>> notesByTicket = new HashMap<>();
    private final Set<String> noteIds = new HashSet<>();
    private final Map<String, TicketScreenshotRecord> screenshots = new HashMap<>();

    /** Whether a ticket with this id exists, for the stores that hang records on tickets. */
    boolean contains(String ticketId) {
        return byId.containsKey(ticketId);
    }

    TicketStore bind(List<Runnable> undoLog) {
        return new TicketStore() {
            @Override
            public TicketRecord insert(TicketRecord ticket) {
                if (byId.containsKey(ticket.id())) {
                    throw new StorageException("a ticket with id " + ticket.id() + " already exists");
                }
                IdempotencyScope scope = IdempotencyScope.of(ticket);
                if (scope != null && idByIdempotencyKey.containsKey(scope)) {
                    throw new StorageException("a ticket of organization " + ticket.organizationId()
                            + " with the same idempotency key already exists");
                }
                TicketRecord stored = ticket.withVersion(1);
                put(stored);
                undoLog.add(() -> remove(stored));
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
                remove(previous);
                put(stored);
                undoLog.add(() -> {
                    remove(stored);
                    put(previous);
                });
                return stored;
            }

            @Override
            public Optional<TicketRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
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
                if (screenshots.putIfAbsent(screenshot.ticketId(), screenshot) != null) {
                    throw new StorageException("ticket " + screenshot.ticketId() + " already has a screenshot");
                }
                undoLog.add(() -> screenshots.remove(screenshot.ticketId()));
            }

            @Override
            public Optional<TicketScreenshotRecord> screenshot(String ticketId) {
                return Optional.ofNullable(screenshots.get(ticketId));
            }
        };
    }

    private void put(TicketRecord ticket) {
        byId.put(ticket.id(), ticket);
        byStatusAge.computeIfAbsent(ticket.status(), status -> new TreeSet<>(LONGEST_IN_STATUS)).add(ticket);
        IdempotencyScope scope = IdempotencyScope.of(ticket);
        if (scope != null) {
            idByIdempotencyKey.put(scope, ticket.id());
        }
    }

    private void remove(TicketRecord ticket) {
        byId.remove(ticket.id());
        byStatusAge.get(ticket.status()).remove(ticket);
        IdempotencyScope scope = IdempotencyScope.of(ticket);
        if (scope != null) {
            idByIdempotencyKey.remove(scope);
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
