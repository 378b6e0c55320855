// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import java.time.Instant;

/**
 * A selection of desk tickets, oldest received first (then by id), one page of it. Every criterion
 * that is not null narrows the selection; all of them hold together.
 *
 * @param status         only tickets in this status; null for every status
 * @param tier           only tickets in this tier; null for every tier (and the untriaged)
 * @param limit          the most tickets to return, 1 to 1000
 * @param organizationId only the tickets of this organization; null for every organization
 * @param assigneeUserId only the tickets assigned to this desk agent; null for any (and none)
 * @param dueBefore      only tickets with a service-level clock that runs (neither paused nor
 *                       stopped) and is due before this instant; null for any
 * @param offset         how many tickets of the selection to skip first; not negative
 */
public record DeskTicketQuery(DeskTicketStatus status, Integer tier, int limit, String organizationId,
                              String assigneeUserId, Instant dueBefore, int offset) {
    public DeskTicketQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    /** The first page of the tickets in a status and tier, of every organization and agent. */
    public DeskTicketQuery(DeskTicketStatus status, Integer tier, int limit) {
        this(status, tier, limit, null, null, null, 0);
    }
}
