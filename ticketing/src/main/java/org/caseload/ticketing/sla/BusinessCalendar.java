// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.error.ConfigurationException;

/**
 * When a support desk works: a time zone, the working days of the week, one interval of working
 * hours per working day (the same every day, not crossing midnight), and holidays (dates with no
 * working hours). Service-level targets are counted in this business time.
 *
 * <p>Every working day's hours are resolved in the time zone on that date, so a day on which the
 * clocks change has the hours it really has: opening at 01:00 and closing at 05:00 across a spring
 * change is three hours. A local time that the change skips is moved later by the length of the
 * gap, and one that happens twice means its earlier occurrence, as {@link ZonedDateTime#of} does.
 * When that moves a day's opening to or past its closing (hours of 02:51 to 03:00 on a day the
 * clocks jump from 02:00 to 03:00 open at 03:51), that day has no working hours at all;
 * {@link #plus} and {@link #between} both resolve every day this one way, so they always agree.
 *
 * <pre>{@code
 * BusinessCalendar calendar = BusinessCalendar.weekdays(ZoneId.of("America/Toronto"),
 *         LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .withHolidays(Set.of(LocalDate.of(2025, 7, 1)));
 * Instant due = calendar.plus(received, Duration.ofHours(4));
 * }</pre>
 *
 * @param zone        the time zone of the working hours and holidays; required
 * @param workingDays the days of the week with working hours; at least one
 * @param opensAt     when each working day's hours begin; before {@code closesAt}
 * @param closesAt    when each working day's hours end
 * @param holidays    dates without working hours, whatever their day of the week; may be empty
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opensAt, LocalTime closesAt,
                               Set<LocalDate> holidays) {

    /**
     * Checks the components and creates the record.
     *
     * @throws ConfigurationException naming the component that is missing or inconsistent
     */
    public BusinessCalendar {
        if (zone == null) {
            throw new ConfigurationException("BusinessCalendar.zone must not be null");
        }
        if (workingDays == null || workingDays.isEmpty() || hasNull(workingDays)) {
            throw new ConfigurationException("BusinessCalendar.workingDays must name at least one day of the week"
                    + " and no null, was " + workingDays);
        }
        if (opensAt == null || closesAt == null) {
            throw new ConfigurationException("BusinessCalendar.opensAt and closesAt must not be null, were "
                    + opensAt + " and " + closesAt);
        }
        if (!opensAt.isBefore(closesAt)) {
            throw new ConfigurationException("BusinessCalendar.opensAt (" + opensAt + ") must be before closesAt ("
                    + closesAt + "): one interval of working hours per day, within the day");
        }
        if (holidays == null || hasNull(holidays)) {
            throw new ConfigurationException("BusinessCalendar.holidays must not be null nor hold a null date");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, from {@code opensAt} to {@code closesAt}, without holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, LocalTime opensAt, LocalTime closesAt) {
        return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opensAt, closesAt,
                Set.of());
    }

    /** This calendar with these holidays instead of its own. */
    public BusinessCalendar withHolidays(Set<LocalDate> dates) {
        return new BusinessCalendar(zone, workingDays, opensAt, closesAt, dates);
    }

    /**
     * The instant at which {@code businessTime} of working hours has passed since {@code start}. A
     * start outside working hours counts from the next opening; zero is {@code start} itself; an
     * amount that ends exactly at a closing time ends there, not at the next opening.
     *
     * @throws IllegalArgumentException when {@code businessTime} is negative
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative, was " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        // Working days come at least once a week and holidays are finitely many, so this ends.
        for (LocalDate date = start.atZone(zone).toLocalDate(); ; date = date.plusDays(1)) {
            WorkingHours hours = workingHours(date);
            if (hours == null || !hours.closes().isAfter(start)) {
                continue;
            }
            Instant from = later(hours.opens(), start);
            Duration available = Duration.between(from, hours.closes());
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
    }

    /**
     * The working hours between two instants: the part of {@code [from, to)} within working hours;
     * zero when {@code to} is not after {@code from}.
     */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            WorkingHours hours = workingHours(date);
            if (hours == null) {
                continue;
            }
            Instant start = later(hours.opens(), from);
            Instant end = earlier(hours.closes(), to);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * Whether {@code date} is a working day of the week and not a holiday. Such a day has working
     * hours unless a clock change moves its opening to or past its closing.
     */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The working hours of {@code date} as instants, or null when it has none: not a working day,
     * or a clock change that moves its opening to or past its closing.
     */
    private WorkingHours workingHours(LocalDate date) {
        if (!isWorkingDay(date)) {
            return null;
        }
        Instant opens = ZonedDateTime.of(date, opensAt, zone).toInstant();
        Instant closes = ZonedDateTime.of(date, closesAt, zone).toInstant();
        return opens.isBefore(closes) ? new WorkingHours(opens, closes) : null;
    }

    private record WorkingHours(Instant opens, Instant closes) {
    }

    // Immutable collections throw on contains(null), so the elements are looked at one by one.
    private static boolean hasNull(Collection<?> values) {
        return values.stream().anyMatch(Objects::isNull);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
