// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import java.time.Instant;
import java.util.Set;
import org.caseload.spi.storage.tickets.TicketAssigneeFilter;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * Builds a {@link TicketQuery} from the criteria a contract test names; the rest match everything.
 * Not thread-safe.
 */
final class TicketQueryBuilder {
    private final String organizationId;
    private Set<TicketStatus> statuses = Set.of();
    private Set<TicketKind> kinds = Set.of();
    private TicketAssigneeFilter assignee = TicketAssigneeFilter.anyone();
    private String reporterUserId;
    private Instant createdFrom;
    private Instant createdUntil;
    private TicketOrder order = TicketOrder.NEWEST_FIRST;
    private int offset;
    private int limit = 100;

    TicketQueryBuilder(String organizationId) {
        this.organizationId = organizationId;
    }

    TicketQueryBuilder statuses(Set<TicketStatus> value) {
        statuses = value;
        return this;
    }

    TicketQueryBuilder kinds(Set<TicketKind> value) {
        kinds = value;
        return this;
    }

    TicketQueryBuilder assignee(TicketAssigneeFilter value) {
        assignee = value;
        return this;
    }

    TicketQueryBuilder reporter(String value) {
        reporterUserId = value;
        return this;
    }

    TicketQueryBuilder created(Instant from, Instant until) {
        createdFrom = from;
        createdUntil = until;
        return this;
    }

    TicketQueryBuilder order(TicketOrder value) {
        order = value;
        return this;
    }

    TicketQueryBuilder page(int newOffset, int newLimit) {
        offset = newOffset;
        limit = newLimit;
        return this;
    }

    TicketQuery build() {
        return new TicketQuery(organizationId, statuses, kinds, assignee, reporterUserId, createdFrom,
                createdUntil, order, offset, limit);
    }
}
