// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.sla.internal.SlaTracker;

/** The desk's clocks kept by the service-level tracker. Thread-safe. */
public final class SlaDeskClocks implements DeskClocks {

    private final SlaTracker tracker;

    public SlaDeskClocks(SlaTracker tracker) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    @Override
    public void start(CallContext context, String deskTicketId, Priority priority) {
        tracker.start(context, deskTicketId, priority);
    }

    @Override
    public void restart(CallContext context, String deskTicketId, Priority priority) {
        tracker.restart(context, deskTicketId, priority);
    }

    @Override
    public void reprioritize(CallContext context, String deskTicketId, Priority priority) {
        tracker.reprioritize(context, deskTicketId, priority);
    }

    @Override
    public void firstResponse(CallContext context, String deskTicketId) {
        tracker.firstResponse(context, deskTicketId);
    }

    @Override
    public void pause(CallContext context, String deskTicketId) {
        tracker.pause(context, deskTicketId);
    }

    @Override
    public void resume(CallContext context, String deskTicketId) {
        tracker.resume(context, deskTicketId);
    }

    @Override
    public void stop(CallContext context, String deskTicketId) {
        tracker.stop(context, deskTicketId);
    }

    @Override
    public void reopen(CallContext context, String deskTicketId) {
        tracker.reopen(context, deskTicketId);
    }
}
