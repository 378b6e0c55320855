// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The days of a stay, checked against a count of the days themselves. */
class StayProperties {

    private static final LocalDate D0 = LocalDate.of(2026, 1, 1);
    /** Stays start within 40 days and last at most 40, so an open one is represented to day 100. */
    private static final int HORIZON = 100;

    @Property
    void twoStaysOverlapExactlyWhenTheyShareADay(@ForAll("stays") Stay first, @ForAll("stays") Stay second) {
        Set<LocalDate> shared = days(first);
        shared.retainAll(days(second));

        assertThat(first.overlaps(second)).isEqualTo(!shared.isEmpty()).isEqualTo(second.overlaps(first));
    }

    @Property
    void aStayIncludesExactlyItsDays(@ForAll("stays") Stay stay, @ForAll("offsets") int offset) {
        LocalDate day = D0.plusDays(offset);

        assertThat(stay.includes(day)).isEqualTo(days(stay).contains(day));
    }

    @Test
    void aNewStayMayStartOnTheDayAnotherEnds() {
        Stay ended = new Stay(D0, D0.plusDays(5));

        assertThat(ended.overlaps(new Stay(D0.plusDays(5), null))).isFalse();
        assertThat(ended.overlaps(new Stay(D0.plusDays(4), null))).isTrue();
    }

    @Test
    void aStayExitedOnItsEntryDayHoldsThatDay() {
        Stay sameDay = new Stay(D0, D0);

        assertThat(sameDay.includes(D0)).isTrue();
        assertThat(sameDay.overlaps(new Stay(D0, D0))).isTrue();
        assertThat(sameDay.overlaps(new Stay(D0.minusDays(3), D0))).isFalse();
    }

    @Test
    void servicesSpanTheExitDayToo() {
        Stay stay = new Stay(D0, D0.plusDays(5));

        assertThat(stay.spans(D0.plusDays(5))).isTrue();
        assertThat(stay.spans(D0.plusDays(6))).isFalse();
        assertThat(stay.spans(D0.minusDays(1))).isFalse();
        assertThat(new Stay(D0, null).spans(D0.plusDays(10_000))).isTrue();
    }

    @Provide
    Arbitrary<Stay> stays() {
        Arbitrary<Integer> entries = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 40).injectNull(0.3);
        return Combinators.combine(entries, lengths).as((entry, length) ->
                new Stay(D0.plusDays(entry), length == null ? null : D0.plusDays(entry + length)));
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-5, HORIZON - 1);
    }

    /** The stay's days, spelled out: entry up to the exit day excluded, at least the entry day. */
    private static Set<LocalDate> days(Stay stay) {
        int entry = (int) (stay.entry().toEpochDay() - D0.toEpochDay());
        int end = stay.exit() == null ? HORIZON : (int) (stay.exit().toEpochDay() - D0.toEpochDay());
        return IntStream.range(entry, Math.max(end, entry + 1)).mapToObj(D0::plusDays)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
