// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A page of one organization's tickets that match every criterion, in the given order.
 *
 * @param organizationId required
 * @param statuses       the statuses to include; empty means all
 * @param kinds          the kinds to include; empty means all
 * @param assignee       which assignees to include; required
 * @param reporterUserId only the tickets this user reported; null means anyone's
 * @param createdFrom    only tickets created at or after this instant; may be null
 * @param createdUntil   only tickets created at or before this instant; may be null
 * @param order          required
 * @param offset         how many matching tickets to skip, at least 0
 * @param limit          the most tickets to return, at least 1
 */
public record TicketQuery(
        String organizationId,
        Set<TicketStatus> statuses,
        Set<TicketKind> kinds,
        TicketAssigneeFilter assignee,
        String reporterUserId,
        Instant createdFrom,
        Instant createdUntil,
        TicketOrder order,
        int offset,
        int limit) {

    public TicketQuery {
        Objects.requireNonNull(organizationId, "organizationId");
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(order, "order");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** A page of the organization's tickets in the given statuses (empty: all), newest first. */
    public TicketQuery(String organizationId, Set<TicketStatus> statuses, int offset, int limit) {
        this(organizationId, statuses, Set.of(), TicketAssigneeFilter.anyone(), null, null, null,
                TicketOrder.NEWEST_FIRST, offset, limit);
    }
}
