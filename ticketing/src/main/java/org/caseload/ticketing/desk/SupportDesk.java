// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.HostParts;
import org.caseload.core.internal.ServiceGuard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.Caseload;
import org.caseload.core.internal.Kernel;
import org.caseload.core.outbox.DeliveryCounts;
import org.caseload.core.outbox.OutboxDispatcher;
import org.caseload.core.outbox.PruneResult;
import org.caseload.core.outbox.RetentionPolicy;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.core.outbox.StuckDeliveryListener;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.DeadLetterService;
import org.caseload.ticketing.internal.DefaultDeadLetterService;
import org.caseload.ticketing.internal.DefaultSupportDeskService;
import org.caseload.ticketing.internal.DeliveryPruning;
import org.caseload.ticketing.internal.DeliverySettings;
import org.caseload.ticketing.internal.DeskClocks;
import org.caseload.ticketing.internal.NotificationCodec;
import org.caseload.ticketing.internal.NotificationDelivery;
import org.caseload.ticketing.internal.SlaDeskClocks;
import org.caseload.ticketing.internal.VendorUpdateCodec;
import org.caseload.ticketing.internal.VendorUpdateDelivery;
import org.caseload.ticketing.sla.SlaClock;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.sla.SlaSweepResult;
import org.caseload.ticketing.sla.internal.ServiceLevels;
import org.caseload.ticketing.sla.internal.SlaTracker;

/**
 * The vendor's support desk over one {@link Caseload} runtime (the vendor's): the
 * {@link SupportDeskService}, and delivery of its updates to the organizations through the host's
 * {@link SupportChannel}.
 *
 * <pre>{@code
 * SupportDesk desk = SupportDesk.builder(vendorCaseload, channelToOrganizations)
 *     .tierRules(TierRules.of(1,
 *             TierRule.named("needs engineering").complexityAtLeast(Complexity.HIGH).thenTier(3),
 *             TierRule.named("needs a specialist").complexityAtLeast(Complexity.MEDIUM).thenTier(2)))
 *     .supportGroup(2, "Application specialists")
 *     .build();
 * SupportDeskService service = desk.service();
 * // periodically, from a scheduler of the host's choosing:
 * desk.deliverPending();
 * }</pre>
 *
 * Immutable and thread-safe; create one per runtime.
 */
public final class SupportDesk {

    private final SupportDeskService service;
    private final OutboxDispatcher updates;
    private final OutboxDispatcher notifications;
    /** Null when the desk keeps no service levels. */
    private final ServiceLevels serviceLevels;
    private final DeadLetterService deadLetters;
    private final DeliveryPruning pruning;

    private SupportDesk(SupportDeskService service, OutboxDispatcher updates, OutboxDispatcher notifications,
                        ServiceLevels serviceLevels, DeadLetterService deadLetters, DeliveryPruning pruning) {
        this.service = service;
        this.updates = updates;
        this.notifications = notifications;
        this.serviceLevels = serviceLevels;
        this.deadLetters = deadLetters;
        this.pruning = pruning;
    }

    /**
     * A builder of the desk over the vendor's runtime.
     *
     * @param caseload the vendor's runtime, whose storage, identity, clock and ids the desk uses
     * @param channel  carries the desk's updates to the organizations
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

    /** Receiving escalations, triage and the work of the desk's tickets. */
    public SupportDeskService service() {
        return service;
    }

    /**
     * Sends every update that is due (shared notes, status changes) through the support channel. An
     * update the channel refuses stays queued and is retried later with the retry policy's backoff
     * until its give-up age; one refused for good
     * ({@link org.caseload.spi.support.PermanentDeliveryException}) is a dead letter at once, the host's
     * {@link StuckDeliveryListener} is told, and the ticket's later updates wait until the desk
     * resends or discards it through {@link #deadLetters()}. A ticket's updates leave in order,
     * across calls and nodes; an update may be sent more than once, which the organization ignores.
     * Safe to call from several threads or nodes. Then delivers the notifications that are due
     * (the organization replied or shared a note) through the runtime's notifier.
     *
     * @return how many updates and notifications were delivered
     */
    public int deliverPending() {
        return updates.dispatchAll() + notifications.dispatchAll();
    }

    /** The desk's updates that could not be delivered, for the desk's staff to resend or discard. */
    public DeadLetterService deadLetters() {
        return deadLetters;
    }

    /**
     * Where the desk's updates waiting to leave stand, for the host's monitoring. Numbers only, so it
     * takes no permission.
     */
    public DeliveryCounts deliveryCounts() {
        return updates.counts();
    }

    /**
     * Deletes the delivered updates, and the ids of applied escalations, older than the builder's
     * retention. For the host's scheduler; safe on several nodes at once.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.maintain}
     */
    public PruneResult prune() {
        return pruning.pruneAll();
    }

    /**
     * Finds every service-level clock, of every desk ticket, that has passed its near-breach or due
     * instant since it was last looked at, marks it, and tells the holders of {@code support.desk}
     * in the organization that triaged the ticket; then delivers the waiting service-level
     * notifications through the runtime's notifier (one that failed is retried, with backoff, by a
     * later sweep). Each clock and state is told of once, also when several nodes sweep at once. The
     * clocks are found through an index on their next check, so a sweep reads the clocks due, never
     * the others; each clock marked is audited. For the host's scheduler, every minute or so. A desk
     * without {@link Builder#serviceLevels} has nothing to sweep.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.maintain}
     */
    public SlaSweepResult sweepServiceLevels() {
        return serviceLevels == null ? new SlaSweepResult(0, 0, 0) : serviceLevels.sweep();
    }

    /**
     * The service-level clocks of a desk ticket: first response, then resolution.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket has no clocks (not triaged
     *         yet, or the desk keeps no service levels)
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    public List<SlaClock> serviceLevels(String deskTicketId) {
        if (serviceLevels == null) {
            throw new NotFoundException("SLA clocks of deskTicket", deskTicketId);
        }
        return serviceLevels.clocks(deskTicketId);
    }

    /** Sets up a {@link SupportDesk}; each setter checks its argument at once. Not thread-safe; build once. */
    public static final class Builder {
        private final Caseload caseload;
        private final SupportChannel channel;
        private final Map<Integer, String> supportGroups = new HashMap<>(Map.of(1, "Tier 1 support",
                2, "Tier 2 support", 3, "Tier 3 support"));
        private TierRules tierRules = TierRules.standard();
        private DeskClocks clocks = DeskClocks.NONE;
        private SlaConfiguration serviceLevels;
        private final DeliverySettings delivery = new DeliverySettings();

        private Builder(Caseload caseload, SupportChannel channel) {
            this.caseload = caseload;
            this.channel = channel;
        }

        /**
         * The rules that choose a tier at triage (default {@link TierRules#standard()}).
         *
         * @throws ConfigurationException when null
         */
        public Builder tierRules(TierRules rules) {
            if (rules == null) {
                throw new ConfigurationException("tierRules must not be null");
            }
            this.tierRules = rules;
            return this;
        }

        /**
         * The support group that works a tier (default "Tier 1 support", "Tier 2 support",
         * "Tier 3 support").
         *
         * @throws ConfigurationException when the tier is not 1 to 3 or the name is blank
         */
        public Builder supportGroup(int tier, String group) {
            if (tier < 1 || tier > 3) {
                throw new ConfigurationException("tier must be 1, 2 or 3, was " + tier);
            }
            if (group == null || group.isBlank()) {
                throw new ConfigurationException("the support group of tier " + tier + " must not be blank");
            }
            supportGroups.put(tier, group);
            return this;
        }

        /**
         * Keeps service-level clocks (first response, resolution) per priority on a business
         * calendar: they start at triage, pause while the ticket waits on the organization, and stop
         * when it is resolved. Without it the desk keeps no clocks.
         *
         * @throws ConfigurationException when null
         */
        public Builder serviceLevels(SlaConfiguration configuration) {
            if (configuration == null) {
                throw new ConfigurationException("serviceLevels must not be null");
            }
            this.clocks = new SlaDeskClocks(new SlaTracker(configuration));
            this.serviceLevels = configuration;
            return this;
        }

        /**
         * How updates are retried (default {@link RetryPolicy#defaults()}).
         *
         * @throws ConfigurationException when null
         */
        public Builder retryPolicy(RetryPolicy policy) {
            delivery.retryPolicy(policy);
            return this;
        }

        /**
         * Told of each update that becomes a dead letter (default: nobody; the desk's
         * {@link SupportDesk#deadLetters()} and {@link SupportDesk#deliveryCounts()} show it either way).
         *
         * @throws ConfigurationException when null
         */
        public Builder onStuckDelivery(StuckDeliveryListener listener) {
            delivery.onStuckDelivery(listener);
            return this;
        }

        /**
         * How long {@link SupportDesk#prune()} keeps delivered updates and applied escalation ids
         * (default {@link RetentionPolicy#defaults()}).
         *
         * @throws ConfigurationException when null
         */
        public Builder retention(RetentionPolicy policy) {
            delivery.retention(policy);
            return this;
        }

        /** The desk. */
        public SupportDesk build() {
            Kernel kernel = KernelAccess.of(caseload);
            VendorUpdateCodec codec = new VendorUpdateCodec();
            NotificationCodec notificationCodec = new NotificationCodec();
            OutboxDispatcher updates = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                    Map.of(VendorUpdateDelivery.TOPIC, new VendorUpdateDelivery(codec, HostParts.guard(channel))),
                    delivery.retryPolicy(), delivery.stuckListener());
            OutboxDispatcher notifications = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                    Map.of(NotificationDelivery.TOPIC, new NotificationDelivery(notificationCodec, kernel.notifier())),
                    delivery.retryPolicy(), delivery.stuckListener());
            return new SupportDesk(ServiceGuard.guard(SupportDeskService.class,
                    new DefaultSupportDeskService(kernel, tierRules, supportGroups, clocks, codec, notificationCodec)),
                    updates, notifications, serviceLevels == null ? null : new ServiceLevels(kernel, serviceLevels),
                    ServiceGuard.guard(DeadLetterService.class,
                            DefaultDeadLetterService.forDesk(kernel, updates.topics())),
                    new DeliveryPruning(kernel, updates.topics(), delivery.retention()));
        }
    }
}
