// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import java.time.Duration;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.ticketing.desk.Priority;

/**
 * The service-level targets of one priority, in business time (see {@link BusinessCalendar}).
 *
 * @param priority      the priority these targets apply to; required
 * @param firstResponse the business time allowed until the support desk's first response; at
 *                      least one minute
 * @param resolution    the business time allowed until the ticket is resolved; at least
 *                      {@code firstResponse}
 */
public record SlaPolicy(Priority priority, Duration firstResponse, Duration resolution) {

    /** The shortest target: a near-breach point a percentage into it is then never the start itself. */
    public static final Duration SHORTEST_TARGET = Duration.ofMinutes(1);

    /**
     * Checks the components and creates the record.
     *
     * @throws ConfigurationException naming the component that is missing or out of range
     */
    public SlaPolicy {
        if (priority == null) {
            throw new ConfigurationException("SlaPolicy.priority must not be null");
        }
        requireTarget(priority, "firstResponse", firstResponse);
        requireTarget(priority, "resolution", resolution);
        if (resolution.compareTo(firstResponse) < 0) {
            throw new ConfigurationException("SlaPolicy of " + priority + ": resolution (" + resolution
                    + ") must not be shorter than firstResponse (" + firstResponse + ")");
        }
    }

    private static void requireTarget(Priority priority, String name, Duration target) {
        if (target == null || target.compareTo(SHORTEST_TARGET) < 0) {
            throw new ConfigurationException("SlaPolicy of " + priority + ": " + name
                    + " must be at least one minute of business time, was " + target);
        }
    }
}
