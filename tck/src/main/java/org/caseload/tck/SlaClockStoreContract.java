// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.tickets.SlaClockStore}: one clock per ticket and metric,
 * optimistic versions, and the due query over the next-check index, which returns only what is
 * due, earliest first.
 */
public interface SlaClockStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void aSessionHandsOutTheSameSlaClockStoreEveryTime() {
        inUnit(storage(), session -> assertThat(session.slaClocks()).isSameAs(session.slaClocks()));
    }

    @Test
    default void slaClocksComeBackWithEveryFieldAsWrittenAndVersionOne() {
        Storage storage = storage();
        String ticketId = unique("desk");
        SlaClockRecord resolution = new SlaClockRecord(ticketId, SlaMetric.RESOLUTION, unique("org"), "HIGH", at(0),
                Duration.ofHours(8).plusNanos(7), Duration.ofHours(6), Duration.ofMinutes(42).plusNanos(3), at(600),
                at(7_200), at(9_000), null, true, false, null, 0);
        SlaClockRecord firstResponse = new SlaClockRecord(ticketId, SlaMetric.FIRST_RESPONSE, unique("org"), "LOW",
                at(5), Duration.ofHours(1), Duration.ofMinutes(48), Duration.ZERO, null, at(2_885), at(3_605), at(60),
                false, true, at(3_605), 0);

        inUnit(storage, session -> {
            assertThat(session.slaClocks().insert(resolution)).isEqualTo(resolution.withVersion(1));
            session.slaClocks().insert(firstResponse);
        });

        inUnit(storage, session -> {
            assertThat(session.slaClocks().find(ticketId, SlaMetric.RESOLUTION)).contains(resolution.withVersion(1));
            assertThat(session.slaClocks().clocks(ticketId))
                    .containsExactly(firstResponse.withVersion(1), resolution.withVersion(1));
            assertThat(session.slaClocks().clocks(unique("desk"))).isEmpty();
            assertThat(session.slaClocks().find(unique("desk"), SlaMetric.RESOLUTION)).isEmpty();
        });
    }

    @Test
    default void slaClockInsertOfAnExistingTicketAndMetricFailsAndKeepsTheStoredClock() {
        Storage storage = storage();
        SlaClockRecord clock = clock(unique("desk"), SlaMetric.RESOLUTION, at(100));
        inUnit(storage, session -> session.slaClocks().insert(clock));

        assertThatThrownBy(() -> inUnit(storage, session -> session.slaClocks().insert(
                clock(clock.ticketId(), SlaMetric.RESOLUTION, at(5)))))
                .isInstanceOf(StorageException.class);

        assertThat(find(storage, clock)).contains(clock.withVersion(1));
    }

    @Test
    default void slaClockUpdatesCheckTheVersionAndIncrementIt() {
        Storage storage = storage();
        SlaClockRecord clock = clock(unique("desk"), SlaMetric.FIRST_RESPONSE, at(100));
        inUnit(storage, session -> session.slaClocks().insert(clock));
        SlaClockRecord warned = withNextCheck(clock.withVersion(1), at(200), true);

        inUnit(storage, session -> assertThat(session.slaClocks().update(warned)).isEqualTo(warned.withVersion(2)));

        assertThatThrownBy(() -> inUnit(storage, session -> session.slaClocks().update(
                withNextCheck(clock.withVersion(1), null, true))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.slaClocks().update(
                clock(unique("desk"), SlaMetric.FIRST_RESPONSE, at(1)).withVersion(1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(storage, clock)).contains(warned.withVersion(2));
    }

    @Test
    default void aStaleSlaClockUpdateLeavesTheUnitUsable() {
        Storage storage = storage();
        SlaClockRecord clock = clock(unique("desk"), SlaMetric.RESOLUTION, at(100));
        SlaClockRecord other = clock(unique("desk"), SlaMetric.RESOLUTION, at(100));

        inUnit(storage, session -> {
            session.slaClocks().insert(clock);
            assertThatThrownBy(() -> session.slaClocks().update(clock.withVersion(7)))
                    .isInstanceOf(ConcurrentModificationException.class);
            session.slaClocks().insert(other);
        });

        assertThat(find(storage, other)).isPresent();
    }

    @Test
    default void aRolledBackSlaClockChangeLeavesNoTrace() {
        Storage storage = storage();
        SlaClockRecord kept = clock(unique("desk"), SlaMetric.RESOLUTION, at(100));
        SlaClockRecord dropped = clock(unique("desk"), SlaMetric.RESOLUTION, at(100));
        inUnit(storage, session -> session.slaClocks().insert(kept));

        inRolledBackUnit(storage, session -> {
            session.slaClocks().insert(dropped);
            session.slaClocks().update(withNextCheck(kept.withVersion(1), null, true));
        });

        assertThat(find(storage, dropped)).isEmpty();
        assertThat(find(storage, kept)).contains(kept.withVersion(1));
        List<SlaClockRecord> due = storage.inTransaction(session ->
                session.slaClocks().findDue(kept.nextCheckAt(), 1_000));
        assertThat(due).contains(kept.withVersion(1));
    }

    @Test
    default void findDueReturnsTheClocksWhoseNextCheckIsDueEarliestFirstAndOnlyThose() {
        Storage storage = storage();
        // Clocks of every ticket are searched, so this test's times are its own, far from every other
        // test's: the result is then exactly this test's clocks on an empty storage, and on a shared
        // one the other clocks it holds are checked to be due and in order.
        Instant base = Instant.parse("1800-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String prefix = unique("desk");
        SlaClockRecord earliest = clock(prefix + "-z", SlaMetric.RESOLUTION, base.plusSeconds(10));
        SlaClockRecord tiedSecond = clock(prefix + "-b", SlaMetric.FIRST_RESPONSE, base.plusSeconds(20));
        SlaClockRecord tiedThird = clock(prefix + "-b", SlaMetric.RESOLUTION, base.plusSeconds(20));
        SlaClockRecord tiedFirst = clock(prefix + "-a", SlaMetric.RESOLUTION, base.plusSeconds(20));
        SlaClockRecord atUpTo = clock(prefix + "-c", SlaMetric.RESOLUTION, base.plusSeconds(30));
        SlaClockRecord afterUpTo = clock(prefix + "-d", SlaMetric.RESOLUTION, base.plusSeconds(31));
        SlaClockRecord nothingToCheck = withNextCheck(clock(prefix + "-e", SlaMetric.RESOLUTION, base), null, true);
        SlaClockRecord movedLater = clock(prefix + "-f", SlaMetric.RESOLUTION, base.plusSeconds(15));
        SlaClockRecord stopped = clock(prefix + "-g", SlaMetric.FIRST_RESPONSE, base.plusSeconds(16));
        inUnit(storage, session -> List.of(earliest, tiedSecond, tiedThird, tiedFirst, atUpTo, afterUpTo,
                nothingToCheck, movedLater, stopped).forEach(session.slaClocks()::insert));
        inUnit(storage, session -> {
            session.slaClocks().update(withNextCheck(movedLater.withVersion(1), base.plusSeconds(40), true));
            session.slaClocks().update(stoppedAt(stopped.withVersion(1), base));
        });
        Instant upTo = base.plusSeconds(30);

        List<SlaClockRecord> due = storage.inTransaction(session -> session.slaClocks().findDue(upTo, 1_000));

        assertThat(due).allSatisfy(clock -> assertThat(clock.nextCheckAt()).isBeforeOrEqualTo(upTo));
        assertThat(due).isSortedAccordingTo(Comparator.comparing(SlaClockRecord::nextCheckAt)
                .thenComparing(SlaClockRecord::ticketId).thenComparing(SlaClockRecord::metric));
        assertThat(due).filteredOn(clock -> clock.ticketId().startsWith(prefix)).containsExactly(
                earliest.withVersion(1), tiedFirst.withVersion(1), tiedSecond.withVersion(1),
                tiedThird.withVersion(1), atUpTo.withVersion(1));
        List<SlaClockRecord> firstTwo = storage.inTransaction(session -> session.slaClocks().findDue(upTo, 2));
        assertThat(firstTwo).containsExactlyElementsOf(due.subList(0, 2));
    }

    @Test
    default void findDueReturnsNoClockThatIsNotDueHoweverManyThereAre() {
        Storage storage = storage();
        Instant base = Instant.parse("1700-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String prefix = unique("desk");
        List<SlaClockRecord> notDue = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            notDue.add(clock(prefix + "-later-" + i, SlaMetric.RESOLUTION, base.plusSeconds(100 + i)));
            notDue.add(withNextCheck(clock(prefix + "-done-" + i, SlaMetric.RESOLUTION, base.minusSeconds(i)),
                    null, true));
        }
        List<SlaClockRecord> dueNow = List.of(clock(prefix + "-due-1", SlaMetric.RESOLUTION, base.plusSeconds(1)),
                clock(prefix + "-due-2", SlaMetric.FIRST_RESPONSE, base.plusSeconds(2)));
        inUnit(storage, session -> {
            notDue.forEach(session.slaClocks()::insert);
            dueNow.forEach(session.slaClocks()::insert);
        });

        List<SlaClockRecord> due = storage.inTransaction(session ->
                session.slaClocks().findDue(base.plusSeconds(99), 1_000));

        assertThat(due).filteredOn(clock -> clock.ticketId().startsWith(prefix))
                .containsExactly(dueNow.get(0).withVersion(1), dueNow.get(1).withVersion(1));
        assertThat(due).allSatisfy(clock -> assertThat(clock.nextCheckAt()).isBeforeOrEqualTo(base.plusSeconds(99)));
    }

    private static Optional<SlaClockRecord> find(Storage storage, SlaClockRecord clock) {
        return storage.inTransaction(session -> session.slaClocks().find(clock.ticketId(), clock.metric()));
    }

    /** A running clock, never warned of, whose next check (its near-breach instant) is {@code nextCheckAt}. */
    private static SlaClockRecord clock(String ticketId, SlaMetric metric, Instant nextCheckAt) {
        return new SlaClockRecord(ticketId, metric, unique("org"), "MEDIUM", nextCheckAt.minusSeconds(3_600),
                Duration.ofHours(2), Duration.ofHours(1), Duration.ZERO, null, nextCheckAt,
                nextCheckAt.plusSeconds(3_600), null, false, false, nextCheckAt, 0);
    }

    private static SlaClockRecord withNextCheck(SlaClockRecord clock, Instant nextCheckAt, boolean warned) {
        return new SlaClockRecord(clock.ticketId(), clock.metric(), clock.organizationId(), clock.priority(),
                clock.startedAt(), clock.target(), clock.warnAfter(), clock.pausedFor(), clock.pausedAt(),
                clock.warnAt(), clock.dueAt(), clock.stoppedAt(), warned, clock.breached(), nextCheckAt,
                clock.version());
    }

    /** The clock stopped at {@code at}: nothing is left to check. */
    private static SlaClockRecord stoppedAt(SlaClockRecord clock, Instant at) {
        return new SlaClockRecord(clock.ticketId(), clock.metric(), clock.organizationId(), clock.priority(),
                clock.startedAt(), clock.target(), clock.warnAfter(), clock.pausedFor(), clock.pausedAt(),
                clock.warnAt(), clock.dueAt(), at, clock.warned(), clock.breached(), null, clock.version());
    }
}
