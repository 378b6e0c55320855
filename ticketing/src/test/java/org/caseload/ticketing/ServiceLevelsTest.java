// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.SlaTestBed.toronto;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.ticketing.sla.SlaSweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Service-level clocks as the desk drives them, and the sweep that reports breaches. */
class ServiceLevelsTest {

    private static final String TICKET = "desk-1";

    private SlaTestBed bed;

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    private SlaTestBed bed(String torontoStart) {
        return bed(new InMemoryStorage(), torontoStart);
    }

    private SlaTestBed bed(Storage storage, String torontoStart) {
        bed = new SlaTestBed(storage, toronto(torontoStart));
        return bed;
    }

    @Test
    void startingRunsBothClocksWithThePriorityTargetsInBusinessTime() {
        SlaTestBed bed = bed("2025-01-06T16:00");

        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));

        SlaClockRecord firstResponse = bed.clock(TICKET, SlaMetric.FIRST_RESPONSE);
        assertThat(firstResponse.warnAt()).isEqualTo(toronto("2025-01-06T16:48"));
        assertThat(firstResponse.dueAt()).isEqualTo(toronto("2025-01-06T17:00"));
        assertThat(firstResponse.nextCheckAt()).isEqualTo(firstResponse.warnAt());
        SlaClockRecord resolution = bed.clock(TICKET, SlaMetric.RESOLUTION);
        assertThat(resolution.warnAt()).as("80 %% of 8 h: 6 h 24 min, one hour of it on Monday")
                .isEqualTo(toronto("2025-01-07T14:24"));
        assertThat(resolution.dueAt()).isEqualTo(toronto("2025-01-07T16:00"));
        assertThat(resolution.organizationId()).isEqualTo(SlaTestBed.VENDOR);
        assertThat(resolution.priority()).isEqualTo("HIGH");
    }

    @Test
    void waitingOnTheCustomerMovesTheDueTimeByTheBusinessTimePausedAndIsNeverReportedMeanwhile() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T10:30");
        bed.desk(context -> bed.tracker.firstResponse(context, TICKET));
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).dueAt()).isEqualTo(toronto("2025-01-07T10:00"));

        bed.at("2025-01-06T11:00");
        bed.desk(context -> bed.tracker.pause(context, TICKET));
        bed.at("2025-01-07T12:00");
        bed.identity.as(SlaTestBed.SCHEDULER);
        assertThat(bed.serviceLevels.sweep()).as("past the old due time, but paused")
                .isEqualTo(new SlaSweepResult(0, 0, 0));
        bed.desk(context -> bed.tracker.resume(context, TICKET));

        SlaClockRecord resolution = bed.clock(TICKET, SlaMetric.RESOLUTION);
        assertThat(resolution.pausedFor()).as("11:00 to 17:00 on Monday, 9:00 to 12:00 on Tuesday")
                .isEqualTo(Duration.ofHours(9));
        assertThat(resolution.dueAt()).isEqualTo(toronto("2025-01-08T11:00"));
        assertThat(resolution.warnAt()).isEqualTo(toronto("2025-01-08T09:24"));
        assertThat(resolution.nextCheckAt()).isEqualTo(resolution.warnAt());
        assertThat(bed.clock(TICKET, SlaMetric.FIRST_RESPONSE).stoppedAt()).isEqualTo(toronto("2025-01-06T10:30"));
    }

    @Test
    void aPauseOverTheWeekendCountsOnlyTheWorkingHoursItCovers() {
        SlaTestBed bed = bed("2025-01-10T16:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).dueAt()).isEqualTo(toronto("2025-01-13T16:00"));

        bed.at("2025-01-10T16:30");
        bed.desk(context -> bed.tracker.pause(context, TICKET));
        bed.at("2025-01-13T09:00");
        bed.desk(context -> bed.tracker.resume(context, TICKET));

        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).dueAt()).isEqualTo(toronto("2025-01-13T16:30"));
    }

    @Test
    void theClocksOfATicketReadAsTheyStand() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T10:20");
        bed.desk(context -> bed.tracker.firstResponse(context, TICKET));
        bed.at("2025-01-06T11:00");
        bed.desk(context -> bed.tracker.pause(context, TICKET));

        bed.identity.as(SlaTestBed.AGENT);
        List<SlaClock> clocks = bed.serviceLevels.clocks(TICKET);

        assertThat(clocks).containsExactly(
                new SlaClock(TICKET, SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaClock.State.STOPPED,
                        toronto("2025-01-06T10:00"), toronto("2025-01-06T10:48"), toronto("2025-01-06T11:00"),
                        Duration.ZERO, toronto("2025-01-06T10:20"), false),
                new SlaClock(TICKET, SlaMetric.RESOLUTION, Priority.HIGH, SlaClock.State.PAUSED,
                        toronto("2025-01-06T10:00"), toronto("2025-01-06T16:24"), toronto("2025-01-07T10:00"),
                        Duration.ZERO, null, false));
        assertThatThrownBy(() -> bed.serviceLevels.clocks("desk-unknown")).isInstanceOf(NotFoundException.class);
        bed.identity.as(SlaTestBed.SCHEDULER);
        assertThatThrownBy(() -> bed.serviceLevels.clocks(TICKET)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyEventMayBeRepeatedWithoutEffectAndTicketsWithoutClocksAreIgnored() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T11:00");
        bed.desk(context -> bed.tracker.pause(context, TICKET));
        SlaClockRecord paused = bed.clock(TICKET, SlaMetric.RESOLUTION);

        bed.at("2025-01-06T12:00");
        bed.desk(context -> {
            bed.tracker.start(context, TICKET, Priority.LOW);
            bed.tracker.pause(context, TICKET);
            bed.tracker.reopen(context, TICKET);
        });
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION)).isEqualTo(paused);

        bed.desk(context -> {
            bed.tracker.resume(context, TICKET);
            bed.tracker.resume(context, TICKET);
        });
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).pausedFor()).isEqualTo(Duration.ofHours(1));

        bed.desk(context -> {
            bed.tracker.pause(context, "desk-without-clocks");
            bed.tracker.stop(context, "desk-without-clocks");
            bed.tracker.reprioritize(context, "desk-without-clocks", Priority.CRITICAL);
        });
        List<SlaClockRecord> none = bed.storage.inTransaction(session ->
                session.slaClocks().clocks("desk-without-clocks"));
        assertThat(none).isEmpty();
    }

    @Test
    void resolvingStopsBothClocksAndAResolutionAfterTheDueTimeReadsAsBreached() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.CRITICAL));
        bed.at("2025-01-06T12:30");

        bed.desk(context -> bed.tracker.stop(context, TICKET));

        bed.identity.as(SlaTestBed.AGENT);
        assertThat(bed.serviceLevels.clocks(TICKET)).allSatisfy(clock -> {
            assertThat(clock.state()).isEqualTo(SlaClock.State.STOPPED);
            assertThat(clock.stoppedAt()).isEqualTo(toronto("2025-01-06T12:30"));
            assertThat(clock.breached()).as("due at 10:15 and 12:00").isTrue();
        });
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).nextCheckAt()).isNull();
        bed.identity.as(SlaTestBed.SCHEDULER);
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 0));
    }

    @Test
    void stoppingAPausedClockEndsThePauseThere() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T11:00");
        bed.desk(context -> bed.tracker.pause(context, TICKET));
        bed.at("2025-01-06T13:00");

        bed.desk(context -> bed.tracker.stop(context, TICKET));

        SlaClockRecord resolution = bed.clock(TICKET, SlaMetric.RESOLUTION);
        assertThat(resolution.pausedAt()).isNull();
        assertThat(resolution.pausedFor()).isEqualTo(Duration.ofHours(2));
        assertThat(resolution.dueAt()).isEqualTo(toronto("2025-01-07T12:00"));
    }

    @Test
    void reopeningRunsTheResolutionClockAgainCountingTheTimeStoppedAsPaused() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T12:00");
        bed.desk(context -> bed.tracker.stop(context, TICKET));
        bed.at("2025-01-07T12:00");

        bed.desk(context -> bed.tracker.reopen(context, TICKET));

        SlaClockRecord resolution = bed.clock(TICKET, SlaMetric.RESOLUTION);
        assertThat(resolution.stopped()).isFalse();
        assertThat(resolution.pausedFor()).isEqualTo(Duration.ofHours(8));
        assertThat(resolution.dueAt()).isEqualTo(toronto("2025-01-08T10:00"));
        assertThat(resolution.nextCheckAt()).isEqualTo(resolution.warnAt());
        assertThat(bed.clock(TICKET, SlaMetric.FIRST_RESPONSE).stopped()).as("answered already").isTrue();
    }

    @Test
    void aHigherPriorityCountsItsTargetsFromTheStartAndTheNextSweepReportsWhatIsPastDue() {
        SlaTestBed bed = bed("2025-01-06T10:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.at("2025-01-06T10:20");

        bed.desk(context -> bed.tracker.reprioritize(context, TICKET, Priority.CRITICAL));

        assertThat(bed.clock(TICKET, SlaMetric.FIRST_RESPONSE).dueAt()).isEqualTo(toronto("2025-01-06T10:15"));
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).dueAt()).isEqualTo(toronto("2025-01-06T12:00"));
        assertThat(bed.clock(TICKET, SlaMetric.RESOLUTION).priority()).isEqualTo("CRITICAL");
        bed.identity.as(SlaTestBed.SCHEDULER);
        assertThat(bed.serviceLevels.sweep()).as("first response past due: breached, not warned first")
                .isEqualTo(new SlaSweepResult(0, 1, 1));
    }

    @Test
    void theSweepReportsANearBreachThenABreachEachOnceAndAuditsThem() {
        SlaTestBed bed = bed("2025-01-06T09:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.identity.as(SlaTestBed.SCHEDULER);

        bed.at("2025-01-06T09:47");
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 0));
        bed.at("2025-01-06T09:48");
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(1, 0, 1));
        bed.at("2025-01-06T09:50");
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 0));
        bed.at("2025-01-06T10:00");
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 1, 1));
        bed.at("2025-01-06T10:30");
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 0));
        bed.at("2025-01-07T12:00");
        assertThat(bed.serviceLevels.sweep()).as("the resolution clock is found past due: a breach only")
                .isEqualTo(new SlaSweepResult(0, 1, 1));
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 0));

        List<Notification> sent = bed.notifier.delivered();
        assertThat(sent).extracting(Notification::subject).containsExactly(
                "Service level near breach: ticket desk-1", "Service level breached: ticket desk-1",
                "Service level breached: ticket desk-1");
        assertThat(sent).extracting(Notification::recipient).containsOnly(
                new Recipient.PermissionHolders(SlaTestBed.VENDOR, Permission.SUPPORT_DESK.key()));
        assertThat(sent).extracting(Notification::link).containsOnly("deskTicket:desk-1");
        assertThat(sent.get(0).body()).isEqualTo("The first-response target (high priority) of support-desk ticket"
                + " desk-1 is due at 2025-01-06T15:00:00Z.");
        List<AuditEntry> marked = bed.audit("sla.sweep").stream()
                .filter(entry -> TICKET.equals(entry.recordId())).toList();
        assertThat(marked).extracting(AuditEntry::detail).containsExactly("first-response near breach",
                "first-response breached", "resolution breached");
        assertThat(marked).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCEEDED);
            assertThat(entry.userId()).isEqualTo(SlaTestBed.SCHEDULER.userId());
            assertThat(entry.recordType()).isEqualTo("deskTicket");
        });
    }

    @Test
    void onlyTheHostsSchedulerMaySweep() {
        SlaTestBed bed = bed("2025-01-06T09:00");
        bed.identity.as(SlaTestBed.AGENT);

        assertThatThrownBy(() -> bed.serviceLevels.sweep()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNotificationTheNotifierRefusesIsRetriedByALaterSweepWithoutMarkingTheClockAgain() {
        SlaTestBed bed = bed("2025-01-06T09:00");
        bed.desk(context -> bed.tracker.start(context, TICKET, Priority.HIGH));
        bed.identity.as(SlaTestBed.SCHEDULER);
        bed.notifier.failNext(1);
        bed.at("2025-01-06T09:50");

        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(1, 0, 0));
        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.serviceLevels.sweep()).isEqualTo(new SlaSweepResult(0, 0, 1));

        assertThat(bed.notifier.offered()).as("the same notification, offered twice").hasSize(2)
                .extracting(Notification::id).containsOnly(bed.notifier.delivered().get(0).id());
        assertThat(bed.notifier.delivered()).hasSize(1);
    }

    @Test
    void aSweepReadsOnlyTheClocksDueHoweverManyOthersThereAre() {
        CountingStorage counting = new CountingStorage(new InMemoryStorage());
        SlaTestBed bed = bed(counting, "2025-01-06T09:00");
        bed.desk(context -> {
            for (int i = 0; i < 500; i++) {
                bed.tracker.start(context, "desk-later-" + i, Priority.PLANNING);
            }
            for (int i = 0; i < 100; i++) {
                bed.tracker.start(context, "desk-waiting-" + i, Priority.CRITICAL);
                bed.tracker.pause(context, "desk-waiting-" + i);
            }
            for (int i = 0; i < 3; i++) {
                bed.tracker.start(context, "desk-due-" + i, Priority.CRITICAL);
            }
        });
        bed.at("2025-01-06T09:13");
        bed.identity.as(SlaTestBed.SCHEDULER);
        counting.reset();

        SlaSweepResult result = bed.serviceLevels.sweep();

        assertThat(result).isEqualTo(new SlaSweepResult(3, 0, 3));
        assertThat(counting.clocksRead.get()).as("clocks returned by the store during the sweep").isEqualTo(3);
        assertThat(counting.otherReads.get()).as("reads other than the due query").isZero();
    }

    /** A storage that counts the clocks its clock store hands out. */
    private static final class CountingStorage implements Storage {
        private final Storage storage;
        final AtomicInteger clocksRead = new AtomicInteger();
        final AtomicInteger otherReads = new AtomicInteger();

        CountingStorage(Storage storage) {
            this.storage = storage;
        }

        void reset() {
            clocksRead.set(0);
            otherReads.set(0);
        }

        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
            return storage.inTransaction(session -> work.run(proxy(StorageSession.class, session, (method, args) ->
                    method.getName().equals("slaClocks") ? counting(session.slaClocks()) : call(method, session, args))));
        }

        private SlaClockStore counting(SlaClockStore clocks) {
            return proxy(SlaClockStore.class, clocks, (method, args) -> {
                Object result = call(method, clocks, args);
                if (method.getName().equals("findDue")) {
                    clocksRead.addAndGet(((List<?>) result).size());
                } else if (method.getName().equals("find") || method.getName().equals("clocks")) {
                    otherReads.incrementAndGet();
                }
                return result;
            });
        }

        private static Object call(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private interface Handler {
            Object handle(java.lang.reflect.Method method, Object[] args) throws Throwable;
        }

        private static <T> T proxy(Class<T> type, T target, Handler handler) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> handler.handle(method, args)));
        }
    }
}
