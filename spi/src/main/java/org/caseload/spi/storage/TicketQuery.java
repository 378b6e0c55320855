package org.caseload.spi.storage;

import java.util.Objects;
import java.util.Set;

/**
 * A page of one organization's tickets, newest first: by creation time descending, then by id
 * ascending (ids compare as plain character strings).
 *
 * @param organizationId required
 * @param statuses       the statuses to include; empty means all
 * @param offset         how many matching tickets to skip, at least 0
 * @param limit          the most tickets to return, at least 1
 */
public record TicketQuery(String organizationId, Set<TicketStatus> statuses, int offset, int limit) {
    public TicketQuery {
        Objects.requireNonNull(organizationId, "organizationId");
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
