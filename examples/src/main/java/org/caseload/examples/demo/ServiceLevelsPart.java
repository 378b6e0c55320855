// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.sla.BusinessCalendar;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.sla.SlaPolicy;

/**
 * The service levels of the demo's support desk: business hours 9 to 5 on weekdays in Toronto,
 * targets per priority, and the desk's clock, which the story moves forward so that a pause shows.
 */
final class ServiceLevelsPart {

    static final ZoneId DESK_ZONE = ZoneId.of("America/Toronto");
    static final SlaConfiguration LEVELS = SlaConfiguration.of(
            BusinessCalendar.weekdays(DESK_ZONE, LocalTime.of(9, 0), LocalTime.of(17, 0)), List.of(
                    new SlaPolicy(Priority.CRITICAL, Duration.ofMinutes(30), Duration.ofHours(4)),
                    new SlaPolicy(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(8)),
                    new SlaPolicy(Priority.MEDIUM, Duration.ofHours(4), Duration.ofHours(16)),
                    new SlaPolicy(Priority.LOW, Duration.ofHours(8), Duration.ofHours(40)),
                    new SlaPolicy(Priority.PLANNING, Duration.ofHours(16), Duration.ofHours(160))));

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.US)
            .withZone(DESK_ZONE);

    private final MovableClock clock = new MovableClock(at("2025-03-04T10:00"));
    private SlaClock beforeThePause;

    /** The vendor runtime's clock: Tuesday 4 March 2025, 10:00 in Toronto, until the story moves it. */
    Clock clock() {
        return clock;
    }

    /** Tells the resolution clock of a desk ticket that waits on the customer. Run as desk staff. */
    String paused(SupportDesk desk, String deskTicketId) {
        beforeThePause = resolution(desk, deskTicketId);
        return "Its resolution clock (" + beforeThePause.priority() + " priority, 16 business hours, 9 to 5 in"
                + " Toronto) is " + beforeThePause.state() + " while the desk waits: due "
                + LOCAL.format(beforeThePause.dueAt()) + ".";
    }

    /** The next morning at 09:30 at the desk. */
    void nextMorning() {
        clock.now = at("2025-03-05T09:30");
    }

    /** Tells the resolution clock after the wait. Run as desk staff. */
    String resumed(SupportDesk desk, String deskTicketId) {
        SlaClock after = resolution(desk, deskTicketId);
        return "The clock is " + after.state() + " again after " + hours(after.pausedFor())
                + " business hours paused (the night does not count): due " + LOCAL.format(after.dueAt())
                + " instead of " + LOCAL.format(beforeThePause.dueAt()) + ".";
    }

    private static SlaClock resolution(SupportDesk desk, String deskTicketId) {
        return desk.serviceLevels(deskTicketId).stream().filter(clock -> clock.metric() == SlaMetric.RESOLUTION)
                .findFirst().orElseThrow();
    }

    private static String hours(Duration duration) {
        return duration.toMinutes() % 60 == 0 ? String.valueOf(duration.toHours())
                : String.format(Locale.US, "%.1f", duration.toMinutes() / 60.0);
    }

    private static Instant at(String torontoTime) {
        return LocalDateTime.parse(torontoTime).atZone(DESK_ZONE).toInstant();
    }

    /** A clock that stands still until the story sets it. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the demo's desk clock is always UTC");
        }
    }
}
