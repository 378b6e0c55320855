// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import org.caseload.spi.storage.StorageSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service-level clocks of support-desk tickets, at most one per ticket and metric, indexed by
 * the next instant a sweep must look at each ({@link SlaClockRecord#nextCheckAt()}). Obtained from
 * a {@link StorageSession}.
 */
public interface SlaClockStore {

    /**
     * Stores a new clock with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when the ticket already has a clock of this metric
     */
    SlaClockRecord insert(SlaClockRecord clock);

    /**
     * Replaces a clock. {@code clock.version()} is the version the caller read; the stored record gets
     * version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket has no clock of this metric
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    SlaClockRecord update(SlaClockRecord clock);

    /** The ticket's clock of this metric. */
    Optional<SlaClockRecord> find(String ticketId, SlaMetric metric);

    /** The ticket's clocks in the order of {@link SlaMetric}; empty for an unknown ticket. */
    List<SlaClockRecord> clocks(String ticketId);

    /**
     * The clocks of every ticket whose next check is at or before {@code upTo}, the earliest first
     * (by next check, then ticket id, then metric), at most {@code limit} of them. Answered from an
     * index on the next check: the work done grows with the clocks returned, not with the clocks
     * stored, and clocks with nothing left to notify (paused, stopped, already breached) are not in
     * the range at all.
     *
     * @param limit at least 1
     */
    List<SlaClockRecord> findDue(Instant upTo, int limit);
}
