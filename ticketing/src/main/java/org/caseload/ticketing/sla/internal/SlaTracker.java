// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.sla.SlaConfiguration;

/**
 * Runs the service-level clocks of support-desk tickets, for the support desk's service: each
 * method is called inside the service call that changes the ticket, with its {@link CallContext},
 * and writes in that call's unit of work, so a ticket and its clocks change together. The time of
 * every event is the call's {@link CallContext#now()}.
 *
 * <p>A ticket has two clocks, {@link SlaMetric#FIRST_RESPONSE} and {@link SlaMetric#RESOLUTION}.
 * Every method may be called again without effect (starting a started ticket, pausing a paused
 * one), and every method but {@link #start} ignores a ticket without clocks. Thread-safe.
 */
public final class SlaTracker {

    private final SlaClocks clocks;

    public SlaTracker(SlaConfiguration configuration) {
        this.clocks = new SlaClocks(Objects.requireNonNull(configuration, "configuration"));
    }

    /**
     * Starts both clocks of a ticket that has just reached the support desk, with the targets of its
     * priority. The staff of the caller's organization are the ones told of breaches. Does nothing
     * when the ticket has clocks already.
     */
    public void start(CallContext context, String ticketId, Priority priority) {
        Objects.requireNonNull(priority, "priority");
        SlaClockStore store = context.session().slaClocks();
        for (SlaMetric metric : SlaMetric.values()) {
            if (store.find(ticketId, metric).isEmpty()) {
                store.insert(clocks.start(ticketId, metric, context.principal().organizationId(), priority,
                        context.now()));
            }
        }
    }

    /**
     * Starts both clocks of a ticket again, from {@code now}, with the targets of its priority: the
     * ticket was escalated again, and the new round is measured on its own. Clocks of the earlier
     * round are replaced whatever their state (running, paused, stopped, breached); those who are
     * told of breaches stay who they were. A ticket without clocks gets them.
     */
    public void restart(CallContext context, String ticketId, Priority priority) {
        Objects.requireNonNull(priority, "priority");
        SlaClockStore store = context.session().slaClocks();
        for (SlaMetric metric : SlaMetric.values()) {
            Optional<SlaClockRecord> earlier = store.find(ticketId, metric);
            String organizationId = earlier.map(SlaClockRecord::organizationId)
                    .orElse(context.principal().organizationId());
            SlaClockRecord fresh = clocks.start(ticketId, metric, organizationId, priority, context.now());
            if (earlier.isPresent()) {
                store.update(fresh.withVersion(earlier.get().version()));
            } else {
                store.insert(fresh);
            }
        }
    }

    /** Stops the first-response clock: the support desk has answered. */
    public void firstResponse(CallContext context, String ticketId) {
        change(context, ticketId, List.of(SlaMetric.FIRST_RESPONSE), clock -> clocks.stop(clock, context.now()));
    }

    /**
     * Pauses the running clocks: the ticket waits on the customer. The business time until
     * {@link #resume} moves their due instants later.
     */
    public void pause(CallContext context, String ticketId) {
        change(context, ticketId, List.of(SlaMetric.values()), clock -> clocks.pause(clock, context.now()));
    }

    /** Runs the paused clocks again: the customer has answered. */
    public void resume(CallContext context, String ticketId) {
        change(context, ticketId, List.of(SlaMetric.values()), clock -> clocks.resume(clock, context.now()));
    }

    /**
     * Stops every clock still running or paused: the ticket is resolved or closed. A resolution
     * before any response counts as the first response too.
     */
    public void stop(CallContext context, String ticketId) {
        change(context, ticketId, List.of(SlaMetric.values()), clock -> clocks.stop(clock, context.now()));
    }

    /**
     * Runs the resolution clock again after {@link #stop}: the ticket is reopened. The time it was
     * stopped counts as paused, so its due instant moves by that business time.
     */
    public void reopen(CallContext context, String ticketId) {
        change(context, ticketId, List.of(SlaMetric.RESOLUTION), clock -> clocks.reopen(clock, context.now()));
    }

    /**
     * Gives the clocks not yet stopped the targets of a new priority, counted from their start (a
     * higher priority may make a clock due at once; the next sweep then tells of it).
     */
    public void reprioritize(CallContext context, String ticketId, Priority priority) {
        Objects.requireNonNull(priority, "priority");
        change(context, ticketId, List.of(SlaMetric.values()), clock -> clocks.reprioritize(clock, priority));
    }

    /** The ticket's clocks, in the order of {@link SlaMetric}; empty when it has none. */
    public List<SlaClockRecord> clocks(CallContext context, String ticketId) {
        return context.session().slaClocks().clocks(ticketId);
    }

    private static void change(CallContext context, String ticketId, List<SlaMetric> metrics,
                               UnaryOperator<SlaClockRecord> event) {
        SlaClockStore store = context.session().slaClocks();
        for (SlaMetric metric : metrics) {
            store.find(ticketId, metric).ifPresent(clock -> {
                SlaClockRecord changed = event.apply(clock);
                if (!changed.equals(clock)) {
                    store.update(changed);
                }
            });
        }
    }
}
