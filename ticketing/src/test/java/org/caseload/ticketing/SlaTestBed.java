// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import org.caseload.core.internal.KernelAccess;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.caseload.core.internal.CallContext;
import org.caseload.core.Caseload;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.spi.storage.Storage;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.sla.BusinessCalendar;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.sla.SlaPolicy;
import org.caseload.ticketing.sla.internal.ServiceLevels;
import org.caseload.ticketing.sla.internal.SlaTracker;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.RecordingNotifier;

/**
 * A vendor's runtime with service levels over a given storage: a test clock on Toronto business
 * hours (Monday to Friday, 9 to 5), the tracker driven as the desk service would drive it, and the
 * sweep. Close it after each test.
 */
final class SlaTestBed implements AutoCloseable {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final String VENDOR = "vendor";
    static final Principal AGENT = TestUsers.builder("u-agent", VENDOR).named("Sam Support")
            .roles(Role.SUPPORT_AGENT).build();
    static final Principal DESK_LINK = TestUsers.builder("u-desk-link", VENDOR).named("Desk link")
            .roles(Role.DESK_LINK).build();
    static final Principal SCHEDULER = TestUsers.builder("u-scheduler", VENDOR).named("Sweeper")
            .roles(Role.TICKET_SCHEDULER).build();
    static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays(TORONTO, LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    /** HIGH: respond within an hour, resolve within a working day; near breach at 80 %. */
    static final SlaConfiguration LEVELS = SlaConfiguration.of(CALENDAR, List.of(
            new SlaPolicy(Priority.CRITICAL, Duration.ofMinutes(15), Duration.ofHours(2)),
            new SlaPolicy(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(8)),
            new SlaPolicy(Priority.MEDIUM, Duration.ofHours(4), Duration.ofHours(24)),
            new SlaPolicy(Priority.LOW, Duration.ofHours(8), Duration.ofHours(40)),
            new SlaPolicy(Priority.PLANNING, Duration.ofHours(16), Duration.ofHours(160))));

    private static final Operation DESK_WORK = new Operation("desk.test", Permission.SUPPORT_DESK);

    final Storage storage;
    final TestClock clock;
    final TestIdentity identity = new TestIdentity();
    final RecordingNotifier notifier = new RecordingNotifier();
    final Caseload caseload;
    final SlaTracker tracker = new SlaTracker(LEVELS);
    final ServiceLevels serviceLevels;
    /** The vendor's desk on this runtime, keeping these service levels. */
    final SupportDesk desk;

    SlaTestBed(Storage storage, Instant start) {
        this.storage = storage;
        this.clock = TestClock.at(start);
        caseload = Caseload.builder().storage(storage).identity(identity).clock(clock).notifier(notifier)
                .keyProvider(TestKeys.fixed()).build();
        serviceLevels = new ServiceLevels(KernelAccess.of(caseload), LEVELS);
        desk = SupportDesk.builder(caseload, message -> { }).serviceLevels(LEVELS).build();
    }

    /** An instant of Toronto local time, such as {@code 2025-01-06T09:00}. */
    static Instant toronto(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TORONTO).toInstant();
    }

    /** Moves the clock to a Toronto local time. */
    void at(String localDateTime) {
        clock.advance(Duration.between(clock.instant(), toronto(localDateTime)));
    }

    /** Runs {@code work} as the desk service's body would, as a support agent. */
    void desk(Consumer<CallContext> work) {
        identity.as(AGENT);
        KernelAccess.of(caseload).call(DESK_WORK, null, context -> {
            work.accept(context);
            return null;
        });
    }

    /** The stored clock of a ticket. */
    SlaClockRecord clock(String ticketId, SlaMetric metric) {
        return storage.inTransaction(session -> session.slaClocks().find(ticketId, metric)).orElseThrow();
    }

    /** The vendor's audit entries of an action, oldest first. */
    List<AuditEntry> audit(String action) {
        return storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(VENDOR, 10_000)))
                .stream().filter(entry -> entry.action().equals(action)).toList();
    }

    @Override
    public void close() {
        caseload.close();
    }
}
