// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caseload.core.internal.memory.VersionedRecords;
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

    private final Map<String, SlaClockRecord> byKey = new HashMap<>();
    private final NavigableSet<SlaClockRecord> byNextCheck = new TreeSet<>(BY_NEXT_CHECK);
    private final VersionedRecords<String, SlaClockRecord> records = new VersionedRecords<>(RECORD_TYPE,
            MemorySlaClockStore::keyOf, SlaClockRecord::version, SlaClockRecord::withVersion,
            clock -> "ticket " + clock.ticketId() + " already has a " + clock.metric() + " clock", byKey,
            List.of(new NextCheckIndex()));

    /** Whether a clock of the ticket runs (neither paused nor stopped) and is due before {@code instant}. */
    boolean runsDueBefore(String ticketId, Instant instant) {
        return Stream.of(SlaMetric.values())
                .map(metric -> byKey.get(keyOf(ticketId, metric)))
                .anyMatch(clock -> clock != null && !clock.paused() && !clock.stopped()
                        && clock.dueAt().isBefore(instant));
    }

    SlaClockStore bind(List<Runnable> undoLog) {
        return new SlaClockStore() {
            @Override
            public SlaClockRecord insert(SlaClockRecord clock) {
                return records.insert(undoLog, clock);
            }

            @Override
            public SlaClockRecord update(SlaClockRecord clock) {
                return records.update(undoLog, clock);
            }

            @Override
            public Optional<SlaClockRecord> find(String ticketId, SlaMetric metric) {
                return Optional.ofNullable(byKey.get(keyOf(ticketId, metric)));
            }

            @Override
            public List<SlaClockRecord> clocks(String ticketId) {
                return Stream.of(SlaMetric.values())
                        .map(metric -> byKey.get(keyOf(ticketId, metric)))
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

    private static String keyOf(SlaClockRecord clock) {
        return keyOf(clock.ticketId(), clock.metric());
    }

    /** The key as named in errors: {@code ticketId/METRIC}. */
    private static String keyOf(String ticketId, SlaMetric metric) {
        return ticketId + "/" + metric;
    }

    /** The clocks that have a next check, soonest first. */
    private final class NextCheckIndex implements VersionedRecords.Index<SlaClockRecord> {
        @Override
        public void add(SlaClockRecord clock) {
            if (clock.nextCheckAt() != null) {
                byNextCheck.add(clock);
            }
        }

        @Override
        public void remove(SlaClockRecord clock) {
            if (clock.nextCheckAt() != null) {
                byNextCheck.remove(clock);
            }
        }
    }
}
