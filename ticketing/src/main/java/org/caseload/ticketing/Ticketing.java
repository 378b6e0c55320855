// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.HostParts;
import org.caseload.core.internal.ServiceGuard;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.caseload.linkage.MatchEngine;
import org.caseload.core.Caseload;
import org.caseload.core.internal.Kernel;
import org.caseload.core.outbox.DeliveryCounts;
import org.caseload.core.outbox.OutboxDispatcher;
import org.caseload.core.outbox.PruneResult;
import org.caseload.core.outbox.RetentionPolicy;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.core.outbox.StuckDeliveryListener;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.internal.DefaultDeadLetterService;
import org.caseload.ticketing.internal.DefaultTicketService;
import org.caseload.ticketing.internal.DeliveryPruning;
import org.caseload.ticketing.internal.DeliverySettings;
import org.caseload.ticketing.internal.EscalationCodec;
import org.caseload.ticketing.internal.EscalationDelivery;
import org.caseload.ticketing.internal.NotificationCodec;
import org.caseload.ticketing.internal.NotificationDelivery;
import org.caseload.ticketing.internal.OrganizationUpdateCodec;
import org.caseload.ticketing.internal.OrganizationUpdateDelivery;
import org.caseload.ticketing.internal.Redactor;
import org.caseload.ticketing.internal.ResolvedTicketCloser;
import org.caseload.ticketing.internal.StuckEscalationAlerts;
import org.caseload.ticketing.internal.TicketChanges;
import org.caseload.ticketing.internal.TicketNotifications;
import org.caseload.ticketing.internal.VendorUpdateCodec;

/**
 * The ticketing module of one {@link Caseload} runtime: the {@link TicketService}; delivery of
 * escalations to the vendor through the host's {@link SupportChannel} and of notifications through
 * the runtime's {@link org.caseload.spi.ui.Notifier}; and the closing of long-resolved tickets.
 *
 * <pre>{@code
 * Ticketing ticketing = Ticketing.builder(caseload, supportChannel)
 *     .closeResolvedAfter(Duration.ofDays(14))
 *     .build();
 * TicketService tickets = ticketing.tickets();
 * // periodically, from a scheduler of the host's choosing:
 * ticketing.deliverPending();
 * ticketing.closeResolved();
 * ticketing.prune();
 * }</pre>
 *
 * <p>Delivery retries with the {@link RetryPolicy} the builder sets; a message the vendor refuses
 * for good, or whose retries run past their give-up age, becomes a dead letter: the ticket's
 * administrators are notified, the host's {@link StuckDeliveryListener} is told, and the ticket's
 * later messages wait until an administrator resends or discards it through {@link #deadLetters()}.
 *
 * Immutable and thread-safe; create one per runtime.
 */
public final class Ticketing {

    /** The screenshot limit unless the builder sets another: 10 MiB. */
    public static final long DEFAULT_SCREENSHOT_LIMIT_BYTES = 10L * 1024 * 1024;
    /** How long a ticket stays resolved before {@link #closeResolved()} closes it, unless the builder sets another. */
    public static final Duration DEFAULT_CLOSE_RESOLVED_AFTER = Duration.ofDays(7);
    /** What escalations say of the organization's application version unless the builder sets it. */
    public static final String UNKNOWN_APPLICATION_VERSION = "unknown";
    /** The largest screenshot limit: the largest array a JVM reliably allocates. */
    public static final long MAX_SCREENSHOT_LIMIT_BYTES = Integer.MAX_VALUE - 8;

    private final TicketService tickets;
    private final OutboxDispatcher escalations;
    private final OutboxDispatcher notifications;
    private final ResolvedTicketCloser closer;
    private final DeadLetterService deadLetters;
    private final DeliveryPruning pruning;

    private Ticketing(TicketService tickets, OutboxDispatcher escalations, OutboxDispatcher notifications,
                      ResolvedTicketCloser closer, DeadLetterService deadLetters, DeliveryPruning pruning) {
        this.tickets = tickets;
        this.escalations = escalations;
        this.notifications = notifications;
        this.closer = closer;
        this.deadLetters = deadLetters;
        this.pruning = pruning;
    }

    /**
     * Creates the ticketing module over a runtime with the default settings.
     *
     * @param caseload the runtime whose storage, identity, notifier, clock and ids the module uses
     * @param channel  carries escalations to the vendor's support desk
     * @throws ConfigurationException naming the argument that is null
     */
    public static Ticketing create(Caseload caseload, SupportChannel channel) {
        return builder(caseload, channel).build();
    }

    /**
     * A builder of the ticketing module over a runtime, to change its settings.
     *
     * @param caseload the runtime whose storage, identity, notifier, clock and ids the module uses
     * @param channel  carries escalations to the vendor's support desk
     * @throws ConfigurationException naming the argument that is null
     */
    public static Builder builder(Caseload caseload, SupportChannel channel) {
        if (caseload == null) {
            throw new ConfigurationException("caseload must not be null");
        }
        if (channel == null) {
            throw new ConfigurationException("channel must not be null: pass the host's SupportChannel");
        }
        return new Builder(caseload, channel);
    }

    /** Submitting, working and reading tickets, and applying the vendor's messages. */
    public TicketService tickets() {
        return tickets;
    }

    /**
     * Sends every escalation that is due through the support channel, and every notification that
     * is due through the notifier. A message either refuses (by throwing) stays queued and is
     * retried later with the retry policy's backoff, until its give-up age; a message the channel
     * refuses for good ({@link org.caseload.spi.support.PermanentDeliveryException}) is a dead letter
     * at once. A ticket's messages leave in order, across calls and nodes. Nothing is dropped
     * silently, and a message may be sent more than once. The two kinds are delivered
     * independently, so a failing notifier never holds up an escalation. Safe to call from several
     * threads or nodes.
     *
     * @return how many messages were delivered, escalations and notifications together
     */
    public int deliverPending() {
        return escalations.dispatchAll() + notifications.dispatchAll();
    }

    /**
     * The messages of this side that could not be delivered, for local administrators to resend or
     * discard.
     */
    public DeadLetterService deadLetters() {
        return deadLetters;
    }

    /**
     * Where the escalations and notifications waiting to leave stand, for the host's monitoring:
     * pending, retrying, dead, held behind a dead letter, and the age of the oldest undelivered.
     * Numbers only, so it takes no permission.
     */
    public DeliveryCounts deliveryCounts() {
        return escalations.counts().plus(notifications.counts());
    }

    /**
     * Deletes the delivered escalations and notifications, and the ids of applied vendor updates,
     * older than the builder's retention. For the host's scheduler, daily or so; safe on several
     * nodes at once.
     *
     * @return how many of each were deleted
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.maintain}
     */
    public PruneResult prune() {
        return pruning.pruneAll();
    }

    /**
     * Closes every ticket, of every organization, that has been {@code RESOLVED} for at least the
     * configured time; each is closed, recorded in its history, audited and its reporter notified as
     * if closed by the caller. The tickets are found through an index, not by reading every ticket.
     * For the host's scheduler; safe to run on several nodes at once (a ticket another node closed
     * first is skipped).
     *
     * @return how many tickets this call closed
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.maintain}
     */
    public int closeResolved() {
        return closer.closeAllDue();
    }

    /**
     * Sets up a {@link Ticketing}. Each setter checks its argument at once and names what was wrong.
     * Not thread-safe; build once.
     */
    public static final class Builder {
        private final Caseload caseload;
        private final SupportChannel channel;
        private long screenshotLimit = DEFAULT_SCREENSHOT_LIMIT_BYTES;
        private Duration closeResolvedAfter = DEFAULT_CLOSE_RESOLVED_AFTER;
        private Set<String> registeredScreens = Set.of();
        private String applicationVersion = UNKNOWN_APPLICATION_VERSION;
        private final DeliverySettings delivery = new DeliverySettings();

        private Builder(Caseload caseload, SupportChannel channel) {
            this.caseload = caseload;
            this.channel = channel;
        }

        /**
         * The largest screenshot accepted, in bytes (default {@value Ticketing#DEFAULT_SCREENSHOT_LIMIT_BYTES},
         * 10 MiB).
         *
         * @throws ConfigurationException unless between 1 and {@link #MAX_SCREENSHOT_LIMIT_BYTES}
         */
        public Builder screenshotLimit(long bytes) {
            if (bytes < 1 || bytes > MAX_SCREENSHOT_LIMIT_BYTES) {
                throw new ConfigurationException("screenshotLimit must be between 1 and " + MAX_SCREENSHOT_LIMIT_BYTES
                        + " bytes, was " + bytes);
            }
            this.screenshotLimit = bytes;
            return this;
        }

        /**
         * How long a ticket stays {@code RESOLVED} before {@link Ticketing#closeResolved()} closes it
         * (default 7 days).
         *
         * @throws ConfigurationException when null, zero or negative
         */
        public Builder closeResolvedAfter(Duration duration) {
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new ConfigurationException("closeResolvedAfter must be a positive duration, was " + duration);
            }
            this.closeResolvedAfter = duration;
            return this;
        }

        /**
         * The ids of the host's screens (none by default). An escalation sends a ticket's screen id
         * as it is when it is one of these; any other screen text may have been typed by someone,
         * so it is redacted like the description.
         *
         * @throws ConfigurationException when null, or holding a null or blank id
         */
        public Builder registeredScreens(Collection<String> screenIds) {
            if (screenIds == null || screenIds.stream().anyMatch(id -> id == null || id.isBlank())) {
                throw new ConfigurationException("registeredScreens must be a collection of non-blank screen ids");
            }
            this.registeredScreens = Set.copyOf(screenIds);
            return this;
        }

        /**
         * The version of the organization's application, as the host names it (such as
         * {@code 4.2.1}); every escalation carries it, and the vendor's desk shows it with the
         * ticket (default {@value Ticketing#UNKNOWN_APPLICATION_VERSION}).
         *
         * @throws ConfigurationException when null, blank or longer than 100 characters
         */
        public Builder applicationVersion(String version) {
            if (version == null || version.isBlank() || version.length() > 100) {
                throw new ConfigurationException("applicationVersion must be non-blank text of at most 100 characters,"
                        + " was " + (version == null ? "null" : version.isBlank() ? "blank" : version.length()
                        + " characters long"));
            }
            this.applicationVersion = version;
            return this;
        }

        /**
         * How escalations and notifications are retried (default {@link RetryPolicy#defaults()}).
         *
         * @throws ConfigurationException when null
         */
        public Builder retryPolicy(RetryPolicy policy) {
            delivery.retryPolicy(policy);
            return this;
        }

        /**
         * Told of each message that becomes a dead letter (default: nobody but the ticket's
         * administrators, who are notified either way).
         *
         * @throws ConfigurationException when null
         */
        public Builder onStuckDelivery(StuckDeliveryListener listener) {
            delivery.onStuckDelivery(listener);
            return this;
        }

        /**
         * How long {@link Ticketing#prune()} keeps delivered messages and applied vendor-update ids
         * (default {@link RetentionPolicy#defaults()}).
         *
         * @throws ConfigurationException when null
         */
        public Builder retention(RetentionPolicy policy) {
            delivery.retention(policy);
            return this;
        }

        /** The ticketing module. */
        public Ticketing build() {
            Kernel kernel = KernelAccess.of(caseload);
            EscalationCodec escalationCodec = new EscalationCodec();
            NotificationCodec notificationCodec = new NotificationCodec();
            TicketNotifications ticketNotifications = new TicketNotifications(notificationCodec);
            OrganizationUpdateCodec organizationUpdateCodec = new OrganizationUpdateCodec();
            SupportChannel guarded = HostParts.guard(channel);
            // One dispatcher for a ticket's escalation and updates, so that they leave in order.
            OutboxDispatcher escalations = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                    Map.of(EscalationDelivery.TOPIC, new EscalationDelivery(escalationCodec, guarded),
                            OrganizationUpdateDelivery.TOPIC,
                            new OrganizationUpdateDelivery(organizationUpdateCodec, guarded)),
                    delivery.retryPolicy(), new StuckEscalationAlerts(kernel, ticketNotifications,
                            delivery.stuckListener()));
            OutboxDispatcher notifications = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                    Map.of(NotificationDelivery.TOPIC, new NotificationDelivery(notificationCodec, kernel.notifier())),
                    delivery.retryPolicy(), delivery.stuckListener());
            Set<String> topics = Set.of(EscalationDelivery.TOPIC, OrganizationUpdateDelivery.TOPIC,
                    NotificationDelivery.TOPIC);
            TicketChanges changes = new TicketChanges(ticketNotifications);
            TicketService tickets = ServiceGuard.guard(TicketService.class, new DefaultTicketService(kernel, changes,
                    escalationCodec, new VendorUpdateCodec(), organizationUpdateCodec,
                    new Redactor(MatchEngine.standard(), registeredScreens), screenshotLimit, applicationVersion));
            return new Ticketing(tickets, escalations, notifications,
                    new ResolvedTicketCloser(kernel, changes, closeResolvedAfter),
                    ServiceGuard.guard(DeadLetterService.class, DefaultDeadLetterService.forOrganization(kernel, topics)),
                    new DeliveryPruning(kernel, topics, delivery.retention()));
        }
    }
}
