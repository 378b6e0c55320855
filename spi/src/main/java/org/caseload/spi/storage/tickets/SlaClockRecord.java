// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One service-level clock of a support-desk ticket, as stored: its target in business time, the
 * business time it spent paused, the instants it warns and breaches at, what has been notified, and
 * the next instant a sweep must look at it. The ticketing module computes every field; the store
 * keeps them as given and indexes {@code nextCheckAt}.
 *
 * <p>A clock is running when neither {@code pausedAt} nor {@code stoppedAt} is set, paused when
 * {@code pausedAt} is, and stopped when {@code stoppedAt} is.
 *
 * @param ticketId       the support-desk ticket; required
 * @param metric         what the clock measures; with {@code ticketId}, the clock's key; required
 * @param organizationId the organization whose staff are told of a breach; required
 * @param priority       the name of the ticket's priority the target belongs to; required
 * @param startedAt      when the clock started; required
 * @param target         the business time allowed; positive
 * @param warnAfter      the business time after which the clock is near breach; positive and
 *                       shorter than {@code target}
 * @param pausedFor      the business time spent paused, before the current pause if any; not negative
 * @param pausedAt       when the current pause began; null unless paused
 * @param warnAt         when the clock is near breach, as last computed; required
 * @param dueAt          when the clock breaches, as last computed; required
 * @param stoppedAt      when the clock stopped; null unless stopped
 * @param warned         whether the near breach has been notified
 * @param breached       whether the breach has been notified
 * @param nextCheckAt    the instant from which a sweep has something to notify; null when there is
 *                       nothing left to notify (paused, stopped, or breached already)
 * @param version        1 when first stored, incremented by each update
 */
public record SlaClockRecord(
        String ticketId,
        SlaMetric metric,
        String organizationId,
        String priority,
        Instant startedAt,
        Duration target,
        Duration warnAfter,
        Duration pausedFor,
        Instant pausedAt,
        Instant warnAt,
        Instant dueAt,
        Instant stoppedAt,
        boolean warned,
        boolean breached,
        Instant nextCheckAt,
        long version) {

    public SlaClockRecord {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(warnAfter, "warnAfter");
        Objects.requireNonNull(pausedFor, "pausedFor");
        Objects.requireNonNull(warnAt, "warnAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("target must be positive, was " + target);
        }
        if (warnAfter.isNegative() || warnAfter.isZero() || warnAfter.compareTo(target) >= 0) {
            throw new IllegalArgumentException("warnAfter must be positive and shorter than the target " + target
                    + ", was " + warnAfter);
        }
        if (pausedFor.isNegative()) {
            throw new IllegalArgumentException("pausedFor must not be negative, was " + pausedFor);
        }
    }

    /** This clock with another version. */
    public SlaClockRecord withVersion(long newVersion) {
        return new SlaClockRecord(ticketId, metric, organizationId, priority, startedAt, target, warnAfter, pausedFor,
                pausedAt, warnAt, dueAt, stoppedAt, warned, breached, nextCheckAt, newVersion);
    }

    /** Whether the clock is paused. */
    public boolean paused() {
        return pausedAt != null;
    }

    /** Whether the clock is stopped. */
    public boolean stopped() {
        return stoppedAt != null;
    }
}
