// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.SlaMetric;

/**
 * Service-level clocks by ticket and metric, with a sorted index of the clocks that have a next
 * check; accessed only under the storage's lock.
 */
final class MemorySlaClockStore {

    private static final String RECORD_TYPE = "SLA clock";
    private static final Comparator<SlaClockRecord> BY_NEXT_CHECK = Comparator
            .comparing(SlaClockRecord::nextCheckAt)
            .thenComparing(SlaClockRecord::ticketId)
            .thenComparing(SlaClockRecord::metric);

    private final Map<Key, SlaClockRecord> byKey = new HashMap<>();
    private final NavigableSet<SlaClockRecord> byNextCheck = new TreeSet<>(BY_NEXT_CHECK);

    SlaClockStore bind(List<Runnable> undoLog) {
        return new SlaClockStore() {
            @Override
            public SlaClockRecord insert(SlaClockRecord clock) {
                if (byKey.containsKey(Key.of(clock))) {
                    throw new StorageException("ticket " + clock.ticketId() + " already has a " + clock.metric()
                            + " clock");
                }
                SlaClockRecord stored = clock.withVersion(1);
                put(stored);
                undoLog.add(() -> remove(stored));
                return stored;
            }

            @Override
            public SlaClockRecord update(SlaClockRecord clock) {
                SlaClockRecord previous = byKey.get(Key.of(clock));
                if (previous == null) {
                    throw new NotFoundException(RECORD_TYPE, clock.ticketId() + "/" + clock.metric());
                }
                if (previous.version() != clock.version()) {
                    throw new ConcurrentModificationException(RECORD_TYPE, clock.ticketId() + "/" + clock.metric(),
                            clock.version());
                }
                SlaClockRecord stored = clock.withVersion(clock.version() + 1);
                remove(previous);
                put(stored);
                undoLog.add(() -> {
                    remove(stored);
                    put(previous);
                });
                return stored;
            }

            @Override
            public Optional<SlaClockRecord> find(String ticketId, SlaMetric metric) {
                return Optional.ofNullable(byKey.get(new Key(ticketId, metric)));
            }

            @Override
            public List<SlaClockRecord> clocks(String ticketId) {
                return Stream.of(SlaMetric.values())
                        .map(metric -> byKey.get(new Key(ticketId, metric)))
                        .filter(clock -> clock != null)
                        .toList();
            }

            @Override
            public List<SlaClockRecord> findDue(Instant upTo, int limit) {
                if (limit < 1) {
                    throw new IllegalArgumentException("limit must be at least 1, was " + limit);
                }
                // The index holds only clocks with a next check; the walk stops at the first one after upTo.
                return byNextCheck.stream()
                        .takeWhile(clock -> !clock.nextCheckAt().isAfter(upTo))
                        .limit(limit)
                        .toList();
            }
        };
    }

    private void put(SlaClockRecord clock) {
        byKey.put(Key.of(clock), clock);
        if (clock.nextCheckAt() != null) {
            byNextCheck.add(clock);
        }
    }

    private void remove(SlaClockRecord clock) {
        byKey.remove(Key.of(clock));
        if (clock.nextCheckAt() != null) {
            byNextCheck.remove(clock);
        }
    }

    private record Key(String ticketId, SlaMetric metric) {
        static Key of(SlaClockRecord clock) {
            return new Key(clock.ticketId(), clock.metric());
        }
    }
}
