// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The calendar's arithmetic over generated calendars (zones with clock changes among them), instants and amounts. */
class BusinessCalendarProperties {

    private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(3 * 365).toSeconds();

    @Property(tries = 300)
    void addingBusinessTimeThenMeasuringItGivesItBack(@ForAll("calendars") BusinessCalendar calendar,
                                                      @ForAll("instants") Instant start,
                                                      @ForAll("amounts") Duration amount) {
        Instant end = calendar.plus(start, amount);

        assertThat(calendar.between(start, end)).isEqualTo(amount);
        assertThat(end).isAfterOrEqualTo(start);
    }

    @Property(tries = 300)
    void moreBusinessTimeOrALaterStartNeverEndsEarlier(@ForAll("calendars") BusinessCalendar calendar,
                                                       @ForAll("instants") Instant start,
                                                       @ForAll("amounts") Duration amount,
                                                       @ForAll("amounts") Duration more) {
        assertThat(calendar.plus(start, amount.plus(more))).isAfterOrEqualTo(calendar.plus(start, amount));
        assertThat(calendar.plus(start.plus(more), amount)).isAfterOrEqualTo(calendar.plus(start, amount));
    }

    @Property(tries = 300)
    void businessTimeAddsUpOverConsecutiveSpansAndNeverExceedsElapsedTime(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant first,
            @ForAll("amounts") Duration toSecond, @ForAll("amounts") Duration toThird) {
        Instant second = first.plus(toSecond);
        Instant third = second.plus(toThird);

        assertThat(calendar.between(first, second).plus(calendar.between(second, third)))
                .isEqualTo(calendar.between(first, third));
        assertThat(calendar.between(first, third)).isLessThanOrEqualTo(Duration.between(first, third));
    }

    @Property(tries = 200)
    void addingInTwoStepsEndsWhereAddingAtOnceDoes(@ForAll("calendars") BusinessCalendar calendar,
                                                   @ForAll("instants") Instant start,
                                                   @ForAll("amounts") Duration first,
                                                   @ForAll("amounts") Duration second) {
        Instant atOnce = calendar.plus(start, first.plus(second));
        Instant inSteps = calendar.plus(calendar.plus(start, first), second);

        // Equal, except that an amount ending exactly at a closing ends there, and the second step
        // then begins at the next opening: both mark the same business time.
        assertThat(calendar.between(start, inSteps)).isEqualTo(calendar.between(start, atOnce));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of("America/Toronto", "Europe/Berlin", "Australia/Sydney",
                "America/St_Johns", "UTC").map(ZoneId::of);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        // Any minute of the day: openings and closings at 02:xx fall in a spring gap or an autumn overlap.
        Arbitrary<Integer> opening = Arbitraries.integers().between(0, 24 * 60 - 2);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 24 * 60 - 1);
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 3 * 365).set().ofMaxSize(40)
                .map(offsets -> offsets.stream().map(LocalDate.of(2024, 1, 1)::plusDays).collect(Collectors.toSet()));
        return Combinators.combine(zones, days, opening, length, holidays).as((zone, workingDays, open, len, off) -> {
            int close = Math.min(open + len, 24 * 60 - 1);
            return new BusinessCalendar(zone, workingDays, LocalTime.of(open / 60, open % 60),
                    LocalTime.of(close / 60, close % 60), off);
        });
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, SPAN_SECONDS).map(EARLIEST::plusSeconds);
    }

    @Provide
    Arbitrary<Duration> amounts() {
        Arbitrary<Duration> minutes = Arbitraries.integers().between(0, 200 * 60).map(Duration::ofMinutes);
        Arbitrary<Duration> exact = Arbitraries.longs().between(0, Duration.ofDays(20).toNanos()).map(Duration::ofNanos);
        return Arbitraries.oneOf(minutes, exact, Arbitraries.of(IntStream.of(0, 1, 60, 480).mapToObj(
                Duration::ofMinutes).toArray(Duration[]::new)));
    }
}
