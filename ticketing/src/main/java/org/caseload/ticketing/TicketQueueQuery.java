package org.caseload.ticketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caseload.spi.storage.TicketStatus;

/**
 * A page of the caller's organization's ticket queue, newest first. Immutable.
 *
 * @param status the only status to include; null includes every status
 * @param offset how many matching tickets to skip, at least 0
 * @param limit  the most tickets to return, 1 to {@value #MAX_LIMIT}
 */
public record TicketQueueQuery(
        TicketStatus status,
        @Min(0) int offset,
        @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The most tickets one page holds. */
    public static final int MAX_LIMIT = 100;
    /** The size of the page {@link #all()} asks for. */
    public static final int DEFAULT_LIMIT = 50;

    /** The first page of tickets in every status. */
    public static TicketQueueQuery all() {
        return new TicketQueueQuery(null, 0, DEFAULT_LIMIT);
    }
}
