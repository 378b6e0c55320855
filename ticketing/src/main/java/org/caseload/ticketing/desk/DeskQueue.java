// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * A page of the desk's tickets, oldest received first (then by id). Every filter that is not null
 * narrows the page; they all hold together. Immutable.
 *
 * @param status         only tickets in this status; null for all
 * @param tier           only tickets of this tier; null for all
 * @param limit          the page's size, 1 to 1000
 * @param organizationId only the tickets of this organization; null for all
 * @param assigneeUserId only the tickets assigned to this desk agent; null for all
 * @param slaDueBefore   only tickets with a running service-level clock (first response or
 *                       resolution) due before this instant; null for all
 * @param offset         how many tickets of the selection to skip: the page's start, 0 to 100,000
 */
public record DeskQueue(DeskTicketStatus status, @Min(1) @Max(3) Integer tier, @Min(1) @Max(1000) int limit,
                        @Size(min = 1, max = 200) String organizationId,
                        @Size(min = 1, max = 200) String assigneeUserId,
                        Instant slaDueBefore,
                        @Min(0) @Max(100_000) int offset) {

    /** The first page of the tickets in a status and a tier. */
    public DeskQueue(DeskTicketStatus status, Integer tier, int limit) {
        this(status, tier, limit, null, null, null, 0);
    }

    /** Every ticket, in pages of {@code limit}: the first page. */
    public static DeskQueue all(int limit) {
        return new DeskQueue(null, null, limit);
    }

    /** Tickets waiting for triage. */
    public static DeskQueue untriaged() {
        return new DeskQueue(DeskTicketStatus.NEW, null, 100);
    }

    /** The tickets of one tier, in any status. */
    public static DeskQueue tier(int tier) {
        return new DeskQueue(null, tier, 100);
    }

    /** This query, for the tickets of one organization only. */
    public DeskQueue organization(String id) {
        return new DeskQueue(status, tier, limit, id, assigneeUserId, slaDueBefore, offset);
    }

    /** This query, for the tickets assigned to one desk agent only. */
    public DeskQueue assignedTo(String agentUserId) {
        return new DeskQueue(status, tier, limit, organizationId, agentUserId, slaDueBefore, offset);
    }

    /** This query, for the tickets with a running service-level clock due before {@code instant} only. */
    public DeskQueue dueBefore(Instant instant) {
        return new DeskQueue(status, tier, limit, organizationId, assigneeUserId, instant, offset);
    }

    /** The page after this one. */
    public DeskQueue next() {
        return new DeskQueue(status, tier, limit, organizationId, assigneeUserId, slaDueBefore, offset + limit);
    }
}
