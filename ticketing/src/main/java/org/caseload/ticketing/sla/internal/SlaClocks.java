// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.sla.SlaPolicy;

/**
 * The arithmetic of service-level clocks: each method returns the clock as it is after an event,
 * or the same clock when the event does not apply to it (pausing a paused clock, stopping a stopped
 * one), so that repeating an event changes nothing. Pure and thread-safe.
 *
 * <p>A clock's due instant is its start plus its target plus the business time it spent paused, all
 * in business time; its near-breach instant likewise with the near-breach share of the target.
 * Both are recomputed from the start on every change rather than shifted, so that no rounding
 * accumulates.
 */
public final class SlaClocks {

    private final SlaConfiguration configuration;

    public SlaClocks(SlaConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /** A new running clock of {@code metric} started at {@code now} with the targets of {@code priority}. */
    SlaClockRecord start(String ticketId, SlaMetric metric, String organizationId, Priority priority, Instant now) {
        Duration target = target(priority, metric);
        return schedule(new SlaClockRecord(ticketId, metric, organizationId, priority.name(), now, target,
                warnAfter(target), Duration.ZERO, null, now, now, null, false, false, null, 0));
    }

    /** The clock paused at {@code now}, when it runs. */
    SlaClockRecord pause(SlaClockRecord clock, Instant now) {
        if (clock.paused() || clock.stopped()) {
            return clock;
        }
        return schedule(copy(clock, clock.pausedFor(), now, null, clock.priority(), clock.target(),
                clock.warnAfter(), clock.warned(), clock.breached()));
    }

    /** The clock running again at {@code now}, with the business time since its pause added to its pauses. */
    SlaClockRecord resume(SlaClockRecord clock, Instant now) {
        if (!clock.paused() || clock.stopped()) {
            return clock;
        }
        return schedule(copy(clock, pausedUntil(clock, now), null, null, clock.priority(), clock.target(),
                clock.warnAfter(), clock.warned(), clock.breached()));
    }

    /** The clock stopped at {@code now}, when it is not stopped; a pause in progress ends there. */
    SlaClockRecord stop(SlaClockRecord clock, Instant now) {
        if (clock.stopped()) {
            return clock;
        }
        Duration pausedFor = clock.paused() ? pausedUntil(clock, now) : clock.pausedFor();
        return schedule(copy(clock, pausedFor, null, now, clock.priority(), clock.target(), clock.warnAfter(),
                clock.warned(), clock.breached()));
    }

    /** The stopped clock running again at {@code now}; the time it was stopped counts as paused. */
    SlaClockRecord reopen(SlaClockRecord clock, Instant now) {
        if (!clock.stopped()) {
            return clock;
        }
        return resume(copy(clock, clock.pausedFor(), clock.stoppedAt(), null, clock.priority(), clock.target(),
                clock.warnAfter(), clock.warned(), clock.breached()), now);
    }

    /**
     * The clock with the targets of another priority, counted from its start. What has been notified
     * stays notified: a clock warned of under one priority is not warned of again under another.
     */
    SlaClockRecord reprioritize(SlaClockRecord clock, Priority priority) {
        Duration target = target(priority, clock.metric());
        if (clock.stopped() || clock.priority().equals(priority.name()) && clock.target().equals(target)) {
            return clock;
        }
        return schedule(copy(clock, clock.pausedFor(), clock.pausedAt(), null, priority.name(), target,
                warnAfter(target), clock.warned(), clock.breached()));
    }

    /**
     * The clock with what is due at {@code now} marked as notified: breached once past its due
     * instant (which also counts as warned: a clock found past due is not warned of first), near
     * breach once past its near-breach instant. Null when nothing is due.
     */
    SlaClockRecord markDue(SlaClockRecord clock, Instant now) {
        if (clock.paused() || clock.stopped() || clock.breached()) {
            return null;
        }
        if (!now.isBefore(clock.dueAt())) {
            return schedule(copy(clock, clock.pausedFor(), null, null, clock.priority(), clock.target(),
                    clock.warnAfter(), true, true));
        }
        if (!clock.warned() && !now.isBefore(clock.warnAt())) {
            return schedule(copy(clock, clock.pausedFor(), null, null, clock.priority(), clock.target(),
                    clock.warnAfter(), true, false));
        }
        return null;
    }

    private Duration pausedUntil(SlaClockRecord clock, Instant now) {
        return clock.pausedFor().plus(configuration.calendar().between(clock.pausedAt(), now));
    }

    /** The clock with its near-breach and due instants and its next check computed. */
    private SlaClockRecord schedule(SlaClockRecord clock) {
        Instant warnAt = configuration.calendar().plus(clock.startedAt(), clock.warnAfter().plus(clock.pausedFor()));
        Instant dueAt = configuration.calendar().plus(clock.startedAt(), clock.target().plus(clock.pausedFor()));
        Instant nextCheck = clock.paused() || clock.stopped() || clock.breached() ? null
                : clock.warned() ? dueAt : warnAt;
        return new SlaClockRecord(clock.ticketId(), clock.metric(), clock.organizationId(), clock.priority(),
                clock.startedAt(), clock.target(), clock.warnAfter(), clock.pausedFor(), clock.pausedAt(), warnAt,
                dueAt, clock.stoppedAt(), clock.warned(), clock.breached(), nextCheck, clock.version());
    }

    private static SlaClockRecord copy(SlaClockRecord clock, Duration pausedFor, Instant pausedAt, Instant stoppedAt,
                                       String priority, Duration target, Duration warnAfter, boolean warned,
                                       boolean breached) {
        return new SlaClockRecord(clock.ticketId(), clock.metric(), clock.organizationId(), priority,
                clock.startedAt(), target, warnAfter, pausedFor, pausedAt, clock.warnAt(), clock.dueAt(), stoppedAt,
                warned, breached, clock.nextCheckAt(), clock.version());
    }

    private Duration target(Priority priority, SlaMetric metric) {
        SlaPolicy policy = configuration.policy(priority);
        return metric == SlaMetric.FIRST_RESPONSE ? policy.firstResponse() : policy.resolution();
    }

    private Duration warnAfter(Duration target) {
        // At least one minute (the shortest target) times at least 1 %: never zero, always short of the target.
        return target.multipliedBy(configuration.nearBreachPercent()).dividedBy(100);
    }
}
