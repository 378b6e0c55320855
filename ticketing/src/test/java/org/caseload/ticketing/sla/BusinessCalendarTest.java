// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.caseload.spi.error.ConfigurationException;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.weekdays(TORONTO, LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    @Test
    void timeWithinOneWorkingDayIsCountedAsIs() {
        Instant start = toronto("2025-01-07T10:15");

        assertThat(NINE_TO_FIVE.plus(start, Duration.ofMinutes(90))).isEqualTo(toronto("2025-01-07T11:45"));
        assertThat(NINE_TO_FIVE.between(start, toronto("2025-01-07T11:45"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void anAmountEndingAtClosingEndsThereAndTheRestGoesToTheNextOpening() {
        Instant start = toronto("2025-01-07T16:00");

        assertThat(NINE_TO_FIVE.plus(start, Duration.ofHours(1))).isEqualTo(toronto("2025-01-07T17:00"));
        assertThat(NINE_TO_FIVE.plus(start, Duration.ofMinutes(61))).isEqualTo(toronto("2025-01-08T09:01"));
    }

    @Test
    void weekendsAreSkipped() {
        Instant fridayAfternoon = toronto("2025-01-10T16:00");

        assertThat(NINE_TO_FIVE.plus(fridayAfternoon, Duration.ofHours(2))).isEqualTo(toronto("2025-01-13T10:00"));
        assertThat(NINE_TO_FIVE.between(fridayAfternoon, toronto("2025-01-13T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void holidaysAreSkippedWhateverTheirDayOfTheWeek() {
        BusinessCalendar calendar = NINE_TO_FIVE.withHolidays(Set.of(LocalDate.of(2025, 1, 13),
                LocalDate.of(2025, 1, 11)));

        assertThat(calendar.plus(toronto("2025-01-10T16:00"), Duration.ofHours(2)))
                .isEqualTo(toronto("2025-01-14T10:00"));
        assertThat(calendar.between(toronto("2025-01-10T09:00"), toronto("2025-01-14T17:00")))
                .isEqualTo(Duration.ofHours(16));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 13))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 14))).isTrue();
    }

    @Test
    void aStartOutsideWorkingHoursCountsFromTheNextOpening() {
        assertThat(NINE_TO_FIVE.plus(toronto("2025-01-07T07:00"), Duration.ofHours(1)))
                .as("before opening").isEqualTo(toronto("2025-01-07T10:00"));
        assertThat(NINE_TO_FIVE.plus(toronto("2025-01-07T18:30"), Duration.ofHours(1)))
                .as("after closing").isEqualTo(toronto("2025-01-08T10:00"));
        assertThat(NINE_TO_FIVE.plus(toronto("2025-01-11T12:00"), Duration.ofMinutes(30)))
                .as("on a Saturday").isEqualTo(toronto("2025-01-13T09:30"));
        assertThat(NINE_TO_FIVE.between(toronto("2025-01-11T12:00"), toronto("2025-01-12T23:00")))
                .as("a weekend holds no business time").isZero();
    }

    @Test
    void zeroBusinessTimeIsTheStartItselfEvenOutsideWorkingHours() {
        Instant saturday = toronto("2025-01-11T12:00");

        assertThat(NINE_TO_FIVE.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void businessTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        Instant start = toronto("2025-01-07T12:00");

        assertThat(NINE_TO_FIVE.between(start, start)).isZero();
        assertThat(NINE_TO_FIVE.between(start, toronto("2025-01-07T10:00"))).isZero();
    }

    @Test
    void aWeekendAcrossTheSpringClockChangeKeepsWorkingHoursInLocalTime() {
        // Toronto moves from EST (UTC-5) to EDT (UTC-4) on Sunday 2025-03-09.
        Instant fridayAfternoon = toronto("2025-03-07T16:00");

        Instant due = NINE_TO_FIVE.plus(fridayAfternoon, Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2025-03-10T14:00:00Z")).isEqualTo(toronto("2025-03-10T10:00"));
        assertThat(NINE_TO_FIVE.between(fridayAfternoon, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void workingHoursAcrossTheChangeItselfHaveTheLengthTheyReallyHave() {
        BusinessCalendar nights = new BusinessCalendar(TORONTO, EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 0),
                LocalTime.of(5, 0), Set.of());
        // 01:00 to 05:00 on the spring day is three hours (02:00 to 03:00 does not exist) ...
        Instant springOpening = toronto("2025-03-09T01:00");
        assertThat(nights.between(springOpening, toronto("2025-03-09T05:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(nights.plus(springOpening, Duration.ofHours(3))).isEqualTo(Instant.parse("2025-03-09T09:00:00Z"));
        assertThat(nights.plus(springOpening, Duration.ofHours(4))).isEqualTo(toronto("2025-03-10T02:00"));
        // ... and on the autumn day five (01:00 to 02:00 happens twice).
        Instant autumnOpening = Instant.parse("2025-11-02T05:00:00Z");
        assertThat(nights.between(autumnOpening, Instant.parse("2025-11-02T10:00:00Z"))).isEqualTo(Duration.ofHours(5));
        assertThat(nights.plus(autumnOpening, Duration.ofHours(5))).isEqualTo(Instant.parse("2025-11-02T10:00:00Z"));
    }

    @Test
    void anOpeningTheSpringChangeSkipsMovesLaterByTheGap() {
        BusinessCalendar calendar = new BusinessCalendar(TORONTO, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(2, 30), LocalTime.of(6, 0), Set.of());

        // 02:30 does not exist on 2025-03-09: the day opens at 03:30 EDT (07:30 UTC).
        assertThat(calendar.plus(toronto("2025-03-09T00:00"), Duration.ofMinutes(1)))
                .isEqualTo(Instant.parse("2025-03-09T07:31:00Z"));
    }

    @Test
    void aDayWhoseOpeningTheSpringGapMovesPastItsClosingHasNoWorkingHours() {
        // Sundays 02:51 to 03:00; on Sunday 2024-03-10 the clocks jump from 02:00 to 03:00, so that
        // day would open at 03:51, after it closes: the next nine minutes are the following Sunday's.
        BusinessCalendar sundays = new BusinessCalendar(TORONTO, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 51),
                LocalTime.of(3, 0), Set.of());
        Instant springSunday = toronto("2024-03-10T00:00");

        assertThat(sundays.between(springSunday, toronto("2024-03-11T00:00"))).isZero();
        Instant due = sundays.plus(springSunday, Duration.ofMinutes(82));
        assertThat(sundays.between(springSunday, due)).isEqualTo(Duration.ofMinutes(82));
        // Nine minutes on each of the nine Sundays after the spring one, then one more minute.
        assertThat(due).isEqualTo(toronto("2024-05-19T02:52"));
    }

    @Test
    void anOpeningInTheAutumnOverlapIsItsEarlierOccurrenceInBothDirections() {
        // Sundays 01:30 to 02:00; on Sunday 2024-11-03 01:00 to 02:00 happens twice, first in EDT
        // (UTC-4) then in EST (UTC-5): the day opens at the first 01:30 and is ninety minutes long.
        BusinessCalendar sundays = new BusinessCalendar(TORONTO, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(1, 30),
                LocalTime.of(2, 0), Set.of());
        Instant autumnSunday = toronto("2024-11-03T00:00");

        assertThat(sundays.between(autumnSunday, toronto("2024-11-04T00:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(sundays.plus(autumnSunday, Duration.ofMinutes(1))).isEqualTo(Instant.parse("2024-11-03T05:31:00Z"));
        assertThat(sundays.plus(autumnSunday, Duration.ofMinutes(90))).isEqualTo(Instant.parse("2024-11-03T07:00:00Z"));
        Instant nextSunday = sundays.plus(autumnSunday, Duration.ofMinutes(91));
        assertThat(nextSunday).isEqualTo(toronto("2024-11-10T01:31"));
        assertThat(sundays.between(autumnSunday, nextSunday)).isEqualTo(Duration.ofMinutes(91));
    }

    @Test
    void theComponentsAreCopiedSoTheCallerCannotChangeTheCalendarLater() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(LocalDate.of(2025, 1, 13)));
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        BusinessCalendar calendar = new BusinessCalendar(TORONTO, days, LocalTime.of(9, 0), LocalTime.of(17, 0),
                holidays);

        holidays.clear();
        days.add(DayOfWeek.SUNDAY);

        assertThat(calendar.holidays()).containsExactly(LocalDate.of(2025, 1, 13));
        assertThat(calendar.workingDays()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void aBrokenCalendarIsRefusedNamingWhatIsWrong() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime five = LocalTime.of(17, 0);
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        assertThatThrownBy(() -> new BusinessCalendar(null, weekdays, nine, five, Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> new BusinessCalendar(TORONTO, Set.of(), nine, five, Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("workingDays");
        assertThatThrownBy(() -> new BusinessCalendar(TORONTO, weekdays, null, five, Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("opensAt");
        assertThatThrownBy(() -> new BusinessCalendar(TORONTO, weekdays, five, nine, Set.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("BusinessCalendar.opensAt (17:00) must be before closesAt (09:00): one interval of"
                        + " working hours per day, within the day");
        assertThatThrownBy(() -> new BusinessCalendar(TORONTO, weekdays, nine, nine, Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("before closesAt");
        Set<LocalDate> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new BusinessCalendar(TORONTO, weekdays, nine, five, withNull))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("holidays");
        assertThatThrownBy(() -> NINE_TO_FIVE.plus(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    private static Instant toronto(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TORONTO).toInstant();
    }
}
