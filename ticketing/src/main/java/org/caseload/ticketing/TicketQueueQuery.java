// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.caseload.spi.storage.tickets.TicketAssigneeFilter;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * A page of tickets that match every criterion. Immutable. Start from {@link #all()} and narrow:
 *
 * <pre>{@code
 * TicketQueueQuery.all()
 *     .inStatus(TicketStatus.SUBMITTED, TicketStatus.REOPENED)
 *     .unassigned()
 *     .olderThan(Duration.ofHours(4))
 *     .orderedBy(TicketOrder.OLDEST_FIRST);
 * }</pre>
 *
 * @param statuses   the statuses to include; empty includes every status; not null
 * @param kinds      the kinds to include; empty includes every kind; not null
 * @param assignee   which assignees to include; not null
 * @param minimumAge only tickets submitted at least this long ago; null for no bound; not negative
 * @param maximumAge only tickets submitted at most this long ago; null for no bound; not negative,
 *                   and not shorter than {@code minimumAge}
 * @param order      not null
 * @param offset     how many matching tickets to skip, at least 0
 * @param limit      the most tickets to return, 1 to {@value #MAX_LIMIT}
 */
public record TicketQueueQuery(
        @NotNull Set<@NotNull TicketStatus> statuses,
        @NotNull Set<@NotNull TicketKind> kinds,
        @NotNull @Valid TicketAssigneeFilter assignee,
        Duration minimumAge,
        Duration maximumAge,
        @NotNull TicketOrder order,
        @Min(0) int offset,
        @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The most tickets one page holds. */
    public static final int MAX_LIMIT = 100;
    /** The size of the page {@link #all()} asks for. */
    public static final int DEFAULT_LIMIT = 50;

    public TicketQueueQuery {
        statuses = unmodifiableCopy(statuses);
        kinds = unmodifiableCopy(kinds);
    }

    /** The first page of every ticket, newest first. */
    public static TicketQueueQuery all() {
        return new TicketQueueQuery(Set.of(), Set.of(), TicketAssigneeFilter.anyone(), null, null,
                TicketOrder.NEWEST_FIRST, 0, DEFAULT_LIMIT);
    }

    /** This query for tickets in any of these statuses only (none: every status). */
    public TicketQueueQuery inStatus(TicketStatus... wanted) {
        return new TicketQueueQuery(setOf(wanted), kinds, assignee, minimumAge, maximumAge, order, offset, limit);
    }

    /** This query for tickets of any of these kinds only (none: every kind). */
    public TicketQueueQuery ofKind(TicketKind... wanted) {
        return new TicketQueueQuery(statuses, setOf(wanted), assignee, minimumAge, maximumAge, order, offset, limit);
    }

    /** This query for the tickets assigned to one user. */
    public TicketQueueQuery assignedTo(String userId) {
        return new TicketQueueQuery(statuses, kinds, TicketAssigneeFilter.assignedTo(userId), minimumAge, maximumAge,
                order, offset, limit);
    }

    /** This query for the tickets nobody is assigned to. */
    public TicketQueueQuery unassigned() {
        return new TicketQueueQuery(statuses, kinds, TicketAssigneeFilter.unassigned(), minimumAge, maximumAge, order,
                offset, limit);
    }

    /** This query for tickets submitted at least {@code age} ago. */
    public TicketQueueQuery olderThan(Duration age) {
        return new TicketQueueQuery(statuses, kinds, assignee, age, maximumAge, order, offset, limit);
    }

    /** This query for tickets submitted at most {@code age} ago. */
    public TicketQueueQuery youngerThan(Duration age) {
        return new TicketQueueQuery(statuses, kinds, assignee, minimumAge, age, order, offset, limit);
    }

    /** This query in another order. */
    public TicketQueueQuery orderedBy(TicketOrder newOrder) {
        return new TicketQueueQuery(statuses, kinds, assignee, minimumAge, maximumAge, newOrder, offset, limit);
    }

    /** This query for another page. */
    public TicketQueueQuery page(int newOffset, int newLimit) {
        return new TicketQueueQuery(statuses, kinds, assignee, minimumAge, maximumAge, order, newOffset, newLimit);
    }

    /** An unmodifiable copy that keeps null elements, so that validation can report them. */
    private static <T> Set<T> unmodifiableCopy(Set<T> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    @SafeVarargs
    private static <T> Set<T> setOf(T... values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
    }
}
