// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.core.internal.Messages;

/** The rules of a queue query beyond its annotations, and its translation into a store query. Stateless. */
final class QueueRules {

    private QueueRules() {
    }

    /** The ages must not be negative, and the maximum not shorter than the minimum. */
    static List<Violation> violations(TicketQueueQuery query) {
        List<Violation> violations = new ArrayList<>();
        if (isNegative(query.minimumAge())) {
            violations.add(negative("minimumAge"));
        }
        if (isNegative(query.maximumAge())) {
            violations.add(negative("maximumAge"));
        }
        if (query.minimumAge() != null && query.maximumAge() != null
                && query.maximumAge().compareTo(query.minimumAge()) < 0) {
            violations.add(Messages.violation("maximumAge", "caseload.ticket.queue.age.range", "a shorter duration"));
        }
        return violations;
    }

    /**
     * The store query of a valid {@code query} over one organization's tickets at {@code now}.
     *
     * @param reporterUserId only this user's tickets; null for everyone's
     */
    static TicketQuery toStoreQuery(TicketQueueQuery query, String organizationId, String reporterUserId,
                                    Instant now) {
        Instant createdUntil = query.minimumAge() == null ? null : now.minus(query.minimumAge());
        Instant createdFrom = query.maximumAge() == null ? null : now.minus(query.maximumAge());
        return new TicketQuery(organizationId, query.statuses(), query.kinds(), query.assignee(), reporterUserId,
                createdFrom, createdUntil, query.order(), query.offset(), query.limit());
    }

    private static boolean isNegative(Duration age) {
        return age != null && age.isNegative();
    }

    private static Violation negative(String path) {
        return Messages.violation(path, "caseload.ticket.queue.age.negative", "a negative duration");
    }
}
