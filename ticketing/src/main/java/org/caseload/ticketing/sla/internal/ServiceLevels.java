// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.core.outbox.OutboxDispatcher;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.caseload.spi.ui.Recipient;
import org.caseload.ticketing.desk.Priority;
import org.caseload.ticketing.internal.NotificationCodec;
import org.caseload.ticketing.internal.NotificationDelivery;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.sla.SlaSweepResult;

/**
 * The service levels of a support desk: the clocks of a ticket, and the sweep that finds the
 * clocks near breach or breached and tells the support desk's staff, once per clock and state.
 * Each clock is marked in a service call of its own (audited, with the permission
 * {@code ticket.maintain}), which also queues its notification in the outbox; the notifications
 * are then delivered through the runtime's notifier.
 *
 * <p>Each call asks the store for the single earliest due clock through the next-check index, so a
 * sweep reads as many clocks as are due, never the others. A clock is marked with its version:
 * when two nodes sweep at once, the second to mark a clock fails on the version, its call (and its
 * notification) rolls back, and it goes on to the next clock. Thread-safe.
 */
public final class ServiceLevels {

    /** The outbox topic of service-level notifications. */
    public static final String TOPIC = "sla.notification";

    private static final Operation SWEEP = new Operation("sla.sweep", Permission.TICKET_MAINTAIN);
    private static final Operation READ = Operation.reading("sla.read", Permission.SUPPORT_DESK);
    /** Clocks are audited as part of their desk ticket. */
    private static final String RECORD_TYPE = "deskTicket";

    private final Kernel kernel;
    private final SlaClocks clocks;
    private final NotificationCodec codec = new NotificationCodec();
    private final OutboxDispatcher notifications;

    public ServiceLevels(Kernel kernel, SlaConfiguration configuration) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clocks = new SlaClocks(configuration);
        this.notifications = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                Map.of(TOPIC, new NotificationDelivery(codec, kernel.notifier())), RetryPolicy.defaults());
    }

    /**
     * Marks and notifies every clock due at the runtime's current time, the earliest first, then
     * delivers the waiting notifications.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.maintain}
     */
    public SlaSweepResult sweep() {
        int nearBreaches = 0;
        int breaches = 0;
        while (true) {
            SlaClockRecord marked;
            try {
                marked = kernel.call(SWEEP, null, this::markEarliestDue);
            } catch (ConcurrentModificationException e) {
                // Another node marked this clock first; the next call finds the next one.
                continue;
            }
            if (marked == null) {
                break;
            }
            if (marked.breached()) {
                breaches++;
            } else {
                nearBreaches++;
            }
        }
        return new SlaSweepResult(nearBreaches, breaches, notifications.dispatchAll());
    }

    /**
     * The clocks of a desk ticket, first response then resolution.
     *
     * @throws NotFoundException when the ticket has no clocks the caller's organization may see
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    public List<SlaClock> clocks(String deskTicketId) {
        return kernel.call(READ, null, context -> {
            context.auditRecord(RECORD_TYPE, deskTicketId);
            List<SlaClockRecord> records = context.session().slaClocks().clocks(deskTicketId);
            if (records.isEmpty() || !context.canSeeOrganization(records.get(0).organizationId())) {
                throw new NotFoundException("SLA clocks of deskTicket", deskTicketId);
            }
            return records.stream().map(ServiceLevels::view).toList();
        });
    }

    private static SlaClock view(SlaClockRecord record) {
        SlaClock.State state = record.stopped() ? SlaClock.State.STOPPED
                : record.paused() ? SlaClock.State.PAUSED : SlaClock.State.RUNNING;
        boolean breached = record.breached() || record.stopped() && record.stoppedAt().isAfter(record.dueAt());
        return new SlaClock(record.ticketId(), record.metric(), Priority.valueOf(record.priority()), state,
                record.startedAt(), record.warnAt(), record.dueAt(), record.pausedFor(), record.stoppedAt(), breached);
    }

    /** Marks the earliest due clock and queues its notification; null when no clock is due. */
    private SlaClockRecord markEarliestDue(CallContext context) {
        List<SlaClockRecord> due = context.session().slaClocks().findDue(context.now(), 1);
        if (due.isEmpty()) {
            context.auditDetail("no service-level clock due");
            return null;
        }
        SlaClockRecord clock = due.get(0);
        SlaClockRecord marked = clocks.markDue(clock, context.now());
        if (marked == null) {
            // The index said due but the clock has nothing to tell: stored by a broken writer. Going
            // on would find it again forever.
            throw new IllegalStateException("the " + clock.metric() + " clock of ticket " + clock.ticketId()
                    + " is indexed as due but has nothing to notify");
        }
        context.session().slaClocks().update(marked);
        context.auditRecord(RECORD_TYPE, clock.ticketId());
        String state = marked.breached() ? "breached" : "near breach";
        context.auditDetail(label(clock.metric()) + " " + state);
        notify(context, marked, state);
        return marked;
    }

    private void notify(CallContext context, SlaClockRecord clock, String state) {
        String subject = "Service level " + state + ": ticket " + clock.ticketId();
        String body = "The " + label(clock.metric()) + " target (" + clock.priority().toLowerCase(Locale.ROOT)
                + " priority) of support-desk ticket " + clock.ticketId()
                + (clock.breached() ? " was due at " : " is due at ")
                + DateTimeFormatter.ISO_INSTANT.format(clock.dueAt()) + ".";
        String payload = codec.write(new Recipient.PermissionHolders(clock.organizationId(),
                Permission.SUPPORT_DESK.key()), subject, body, "deskTicket:" + clock.ticketId());
        context.session().outbox().append(OutboxMessage.pending(context.newId(), TOPIC, clock.ticketId(), payload,
                context.now()));
    }

    private static String label(SlaMetric metric) {
        return metric == SlaMetric.FIRST_RESPONSE ? "first-response" : "resolution";
    }
}
