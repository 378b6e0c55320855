// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import java.time.Duration;
import java.time.Instant;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.ticketing.desk.Priority;

/**
 * One service-level clock of a support-desk ticket, as it stands.
 *
 * @param ticketId      the support-desk ticket
 * @param metric        what the clock measures
 * @param priority      the priority whose target applies
 * @param state         running, paused (waiting on the customer) or stopped
 * @param startedAt     when the clock started
 * @param nearBreachAt  when the clock is near breach; while paused, as it was before the pause
 * @param dueAt         when the clock breaches: its start plus its target plus the business time it
 *                      spent paused; while paused, as it was before the pause (it moves when the
 *                      clock resumes)
 * @param pausedFor     the business time spent paused, the current pause excluded
 * @param stoppedAt     when the clock stopped; null unless stopped
 * @param breached      whether the clock passed its due instant before it stopped: a breach the
 *                      sweep reported, or a stop after the due instant
 */
public record SlaClock(String ticketId, SlaMetric metric, Priority priority, State state, Instant startedAt,
                       Instant nearBreachAt, Instant dueAt, Duration pausedFor, Instant stoppedAt,
                       boolean breached) {

    /** Whether a clock counts time. */
    public enum State {
        /** Counting business time toward its target. */
        RUNNING,
        /** Not counting: the ticket waits on the customer. */
        PAUSED,
        /** Done: answered (first response) or resolved. */
        STOPPED
    }
}
