// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketAssigneeFilter;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketOrder;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The queries of {@link org.caseload.spi.storage.tickets.TicketStore}: the administrator's queue selected by
 * status, kind, assignee, reporter and creation time, in each order; and the tickets longest in a
 * status, across organizations, that maintenance works through.
 */
public interface TicketQueryContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void ticketFindSelectsByKind() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord issue = ticket(org, TicketStatus.SUBMITTED, at(3));
        TicketRecord question = variant(ticket(org, TicketStatus.SUBMITTED, at(2)), TicketKind.QUESTION, null, null);
        TicketRecord suggestion = variant(ticket(org, TicketStatus.SUBMITTED, at(1)), TicketKind.SUGGESTION, null,
                null);
        insert(storage, issue, question, suggestion);

        assertThat(find(storage, query(org).kinds(Set.of(TicketKind.QUESTION, TicketKind.SUGGESTION)).build()))
                .containsExactly(question, suggestion);
        assertThat(find(storage, query(org).kinds(Set.of(TicketKind.ISSUE)).build())).containsExactly(issue);
    }

    @Test
    default void ticketFindSelectsByAssignee() {
        Storage storage = storage();
        String org = unique("org");
        String ada = unique("user");
        TicketRecord toAda = variant(ticket(org, TicketStatus.IN_PROGRESS, at(3)), TicketKind.ISSUE, ada, null);
        TicketRecord toSomeoneElse = ticket(org, TicketStatus.IN_PROGRESS, at(2));
        TicketRecord unassigned = ticket(org, TicketStatus.SUBMITTED, at(1)).withAssignee(null, at(1));
        insert(storage, toAda, toSomeoneElse, unassigned);

        assertThat(find(storage, query(org).assignee(TicketAssigneeFilter.assignedTo(ada)).build()))
                .containsExactly(toAda);
        assertThat(find(storage, query(org).assignee(TicketAssigneeFilter.unassigned()).build()))
                .containsExactly(unassigned);
        assertThat(find(storage, query(org).assignee(TicketAssigneeFilter.anyone()).build()))
                .containsExactly(toAda, toSomeoneElse, unassigned);
        assertThat(find(storage, query(org).assignee(TicketAssigneeFilter.assignedTo(unique("user"))).build()))
                .isEmpty();
    }

    @Test
    default void ticketFindSelectsByReporter() {
        Storage storage = storage();
        String org = unique("org");
        String riley = unique("reporter");
        TicketRecord first = variant(ticket(org, TicketStatus.SUBMITTED, at(1)), TicketKind.ISSUE, null, riley);
        TicketRecord second = variant(ticket(org, TicketStatus.RESOLVED, at(2)), TicketKind.QUESTION, null, riley);
        TicketRecord someoneElses = ticket(org, TicketStatus.SUBMITTED, at(3));
        TicketRecord sameUserIdElsewhere = variant(ticket(unique("org"), TicketStatus.SUBMITTED, at(4)),
                TicketKind.ISSUE, null, riley);
        insert(storage, first, second, someoneElses, sameUserIdElsewhere);

        assertThat(find(storage, query(org).reporter(riley).build())).containsExactly(second, first);
    }

    @Test
    default void ticketFindSelectsByCreationTimeWithBothBoundsIncluded() {
        Storage storage = storage();
        String org = unique("org");
        TicketRecord before = ticket(org, TicketStatus.SUBMITTED, at(9));
        TicketRecord atFrom = ticket(org, TicketStatus.SUBMITTED, at(10));
        TicketRecord inside = ticket(org, TicketStatus.SUBMITTED, at(15));
        TicketRecord atUntil = ticket(org, TicketStatus.SUBMITTED, at(20));
        TicketRecord after = ticket(org, TicketStatus.SUBMITTED, at(21));
        insert(storage, before, atFrom, inside, atUntil, after);

        assertThat(find(storage, query(org).created(at(10), at(20)).build())).containsExactly(atUntil, inside, atFrom);
        assertThat(find(storage, query(org).created(at(15), null).build())).containsExactly(after, atUntil, inside);
        assertThat(find(storage, query(org).created(null, at(10)).build())).containsExactly(atFrom, before);
    }

    @Test
    default void ticketFindCombinesEveryCriterion() {
        Storage storage = storage();
        String org = unique("org");
        String ada = unique("user");
        String riley = unique("reporter");
        TicketRecord match = variant(ticket(org, TicketStatus.IN_PROGRESS, at(10)), TicketKind.QUESTION, ada, riley);
        TicketRecord otherStatus = variant(ticket(org, TicketStatus.RESOLVED, at(10)), TicketKind.QUESTION, ada, riley);
        TicketRecord otherKind = variant(ticket(org, TicketStatus.IN_PROGRESS, at(10)), TicketKind.ISSUE, ada, riley);
        TicketRecord otherAssignee = variant(ticket(org, TicketStatus.IN_PROGRESS, at(10)), TicketKind.QUESTION,
                unique("user"), riley);
        TicketRecord otherReporter = variant(ticket(org, TicketStatus.IN_PROGRESS, at(10)), TicketKind.QUESTION, ada,
                unique("reporter"));
        TicketRecord tooOld = variant(ticket(org, TicketStatus.IN_PROGRESS, at(1)), TicketKind.QUESTION, ada, riley);
        insert(storage, match, otherStatus, otherKind, otherAssignee, otherReporter, tooOld);

        assertThat(find(storage, query(org)
                .statuses(Set.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER))
                .kinds(Set.of(TicketKind.QUESTION))
                .assignee(TicketAssigneeFilter.assignedTo(ada))
                .reporter(riley)
                .created(at(5), at(15))
                .build())).containsExactly(match);
    }

    @Test
    default void ticketFindOrdersOldestFirstThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("ticket");
        TicketRecord newest = ticket(prefix + "-a", org, TicketStatus.SUBMITTED, at(30));
        TicketRecord oldest = ticket(prefix + "-b", org, TicketStatus.SUBMITTED, at(10));
        TicketRecord middleSecondById = ticket(prefix + "-d", org, TicketStatus.SUBMITTED, at(20));
        TicketRecord middleFirstById = ticket(prefix + "-c", org, TicketStatus.SUBMITTED, at(20));
        insert(storage, newest, oldest, middleSecondById, middleFirstById);

        assertThat(find(storage, query(org).order(TicketOrder.OLDEST_FIRST).build()))
                .containsExactly(oldest, middleFirstById, middleSecondById, newest);
        assertThat(find(storage, query(org).order(TicketOrder.OLDEST_FIRST).page(1, 2).build()))
                .containsExactly(middleFirstById, middleSecondById);
    }

    @Test
    default void ticketFindOrdersByTheLastChangeMostRecentFirstThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("ticket");
        TicketRecord changedLast = ticket(prefix + "-a", org, TicketStatus.SUBMITTED, at(1));
        TicketRecord untouched = ticket(prefix + "-b", org, TicketStatus.SUBMITTED, at(30));
        TicketRecord changedSecondById = ticket(prefix + "-d", org, TicketStatus.SUBMITTED, at(2));
        TicketRecord changedFirstById = ticket(prefix + "-c", org, TicketStatus.SUBMITTED, at(3));
        insert(storage, changedLast, untouched, changedSecondById, changedFirstById);
        List<TicketRecord> changed = storage.inTransaction(session -> List.of(
                session.tickets().update(changedLast.withStatus(TicketStatus.IN_PROGRESS, at(50))),
                session.tickets().update(changedSecondById.withAssignee(null, at(40))),
                session.tickets().update(changedFirstById.withStatus(TicketStatus.RESOLVED, at(40)))));

        assertThat(find(storage, query(org).order(TicketOrder.RECENTLY_UPDATED_FIRST).build()))
                .containsExactly(changed.get(0), changed.get(2), changed.get(1), untouched);
    }

    @Test
    default void findInStatusEnteredByReturnsTheTicketsLongestInTheStatusUpToTheCutoff() {
        Storage storage = storage();
        // Tickets of every organization are searched, so this test's times are its own, far from
        // every other test's: the result is then exactly this test's tickets on an empty storage,
        // and on a shared one the other tickets it holds are checked to be in order.
        Instant base = Instant.parse("1800-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String prefix = unique("ticket");
        TicketRecord longest = resolvedAt(prefix + "-z", base.plusSeconds(10));
        TicketRecord tiedSecondById = resolvedAt(prefix + "-b", base.plusSeconds(20));
        TicketRecord tiedFirstById = resolvedAt(prefix + "-a", base.plusSeconds(20));
        TicketRecord atCutoff = resolvedAt(prefix + "-c", base.plusSeconds(30));
        TicketRecord afterCutoff = resolvedAt(prefix + "-d", base.plusSeconds(31));
        TicketRecord otherStatus = ticket(prefix + "-e", unique("org"), TicketStatus.WAITING_ON_CUSTOMER, at(0))
                .withStatus(TicketStatus.WAITING_ON_CUSTOMER, base.plusSeconds(5));
        TicketRecord movedOn = resolvedAt(prefix + "-f", base.plusSeconds(15));
        insert(storage, longest, tiedSecondById, tiedFirstById, atCutoff, afterCutoff, otherStatus, movedOn);
        inUnit(storage, session -> session.tickets().update(movedOn.withStatus(TicketStatus.CLOSED, base)));
        Instant cutoff = base.plusSeconds(30);

        List<TicketRecord> due = storage.inTransaction(session ->
                session.tickets().findInStatusEnteredBy(TicketStatus.RESOLVED, cutoff, 1_000));

        assertThat(due).allSatisfy(ticket -> {
            assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(ticket.statusChangedAt()).isBeforeOrEqualTo(cutoff);
        });
        assertThat(due).isSortedAccordingTo(Comparator.comparing(TicketRecord::statusChangedAt)
                .thenComparing(TicketRecord::id));
        assertThat(due).filteredOn(ticket -> ticket.id().startsWith(prefix))
                .containsExactly(longest, tiedFirstById, tiedSecondById, atCutoff);
        List<TicketRecord> firstTwo = storage.inTransaction(session ->
                session.tickets().findInStatusEnteredBy(TicketStatus.RESOLVED, cutoff, 2));
        assertThat(firstTwo).containsExactlyElementsOf(due.subList(0, 2));
    }

    private static TicketRecord resolvedAt(String id, Instant resolvedAt) {
        return ticket(id, unique("org"), TicketStatus.RESOLVED, at(0)).withStatus(TicketStatus.RESOLVED, resolvedAt);
    }

    private static void insert(Storage storage, TicketRecord... tickets) {
        inUnit(storage, session -> List.of(tickets).forEach(session.tickets()::insert));
    }

    private static List<TicketRecord> find(Storage storage, TicketQuery query) {
        return storage.inTransaction(session -> session.tickets().find(query));
    }

    /** {@code ticket} of another kind, assignee (null: unassigned) and reporter (null: unchanged). */
    private static TicketRecord variant(TicketRecord ticket, TicketKind kind, String assigneeUserId,
                                        String reporterUserId) {
        return new TicketRecord(ticket.id(), ticket.organizationId(),
                reporterUserId == null ? ticket.reporterUserId() : reporterUserId, kind, ticket.status(),
                ticket.description(), ticket.context(), ticket.contact(), ticket.screenshotMediaType(),
                ticket.idempotencyKey(), assigneeUserId == null ? ticket.assigneeUserId() : assigneeUserId,
                ticket.resolution(), ticket.createdAt(), ticket.updatedAt(), ticket.statusChangedAt(),
                ticket.version());
    }

    private static TicketQueryBuilder query(String organizationId) {
        return new TicketQueryBuilder(organizationId);
    }
}
