// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.caseload.spi.storage.messaging.OutboxCounts;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.support.PermanentDeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due outbox messages of some topics through their handlers.
 *
 * <p>Each {@link #dispatchOnce()} claims a batch in one unit of work (a lease, so other nodes skip
 * it), delivers each message outside any transaction, then records each outcome in a unit of its
 * own. The store claims a record's messages one at a time and in order, so a later message about a
 * record never leaves before an earlier undelivered one, across batches and nodes. A failure is
 * retried with the {@link RetryPolicy}'s backoff until its give-up age; a
 * {@link PermanentDeliveryException} (the other side refused the message for good) makes the message
 * a dead letter at once. A dead letter is logged with its reason, told to the
 * {@link StuckDeliveryListener}, and holds its record's later messages back until a person resends
 * or discards it. Delivery is at least once: a crash between delivery and marking repeats a
 * message, which receivers deduplicate by id. Thread-safe; several dispatchers (on several nodes)
 * may run at once.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH_SIZE = 50;

    private final Storage storage;
    private final Clock clock;
    private final Map<String, OutboxHandler> handlers;
    private final RetryPolicy retryPolicy;
    private final StuckDeliveryListener stuckListener;

    public OutboxDispatcher(Storage storage, Clock clock, Map<String, OutboxHandler> handlersByTopic,
                            RetryPolicy retryPolicy) {
        this(storage, clock, handlersByTopic, retryPolicy, StuckDeliveryListener.NONE);
    }

    /** As {@link #OutboxDispatcher(Storage, Clock, Map, RetryPolicy)}, telling {@code stuckListener} of each dead letter. */
    public OutboxDispatcher(Storage storage, Clock clock, Map<String, OutboxHandler> handlersByTopic,
                            RetryPolicy retryPolicy, StuckDeliveryListener stuckListener) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.handlers = Map.copyOf(Objects.requireNonNull(handlersByTopic, "handlersByTopic"));
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.stuckListener = Objects.requireNonNull(stuckListener, "stuckListener");
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("handlersByTopic must name at least one topic");
        }
    }

    /** The topics this dispatcher delivers. */
    public Set<String> topics() {
        return handlers.keySet();
    }

    /**
     * Claims and delivers one batch of due messages.
     *
     * @return how many messages were delivered
     */
    public int dispatchOnce() {
        Instant now = clock.instant();
        List<OutboxMessage> batch = storage.inTransaction(session -> session.outbox()
                .claimDue(handlers.keySet(), now, now.plus(retryPolicy.lease()), BATCH_SIZE));
        int delivered = 0;
        for (OutboxMessage message : batch) {
            try {
                handlers.get(message.topic()).deliver(message);
                storage.inTransaction(session -> {
                    session.outbox().markDelivered(message.id());
                    return null;
                });
                delivered++;
            } catch (RuntimeException e) {
                failed(message, e);
            }
        }
        return delivered;
    }

    /** Dispatches until no due message is left or a batch delivers nothing. */
    public int dispatchAll() {
        int total = 0;
        int delivered;
        do {
            delivered = dispatchOnce();
            total += delivered;
        } while (delivered > 0);
        return total;
    }

    /** Where this dispatcher's messages stand. */
    public DeliveryCounts counts() {
        OutboxCounts counts = storage.inTransaction(session -> session.outbox().count(handlers.keySet()));
        Duration age = counts.oldestUndeliveredCreatedAt() == null ? Duration.ZERO
                : Duration.between(counts.oldestUndeliveredCreatedAt(), clock.instant());
        return new DeliveryCounts(counts.pending(), counts.retrying(), counts.dead(), counts.held(),
                age.isNegative() ? Duration.ZERO : age);
    }

    private void failed(OutboxMessage message, RuntimeException failure) {
        Instant now = clock.instant();
        PermanentDeliveryException refusal = DeliveryFailures.refusal(failure);
        if (refusal != null) {
            giveUp(message, DeliveryFailures.describeRefusal(refusal));
            return;
        }
        String error = DeliveryFailures.describe(failure);
        Instant retryAt = now.plus(retryPolicy.delayAfter(message.attempts(), ThreadLocalRandom.current().nextDouble()));
        if (retryAt.isAfter(message.queuedAt().plus(retryPolicy.giveUpAfter()))) {
            giveUp(message, "gave up after " + message.attempts() + " attempts over "
                    + Duration.between(message.queuedAt(), now) + ", last: " + error);
            return;
        }
        LOG.warn("Delivery of outbox message {} ({}, record {}) failed on attempt {}, next at {}: {}",
                message.id(), message.topic(), message.aggregateId(), message.attempts(), retryAt, error);
        record(message, error, retryAt);
    }

    private void giveUp(OutboxMessage message, String reason) {
        record(message, reason, null);
        LOG.error("Outbox message {} ({}, record {}) is a dead letter after {} attempts, and holds back the record's"
                + " later messages until it is resent or discarded: {}", message.id(), message.topic(),
                message.aggregateId(), message.attempts(), reason);
        OutboxMessage dead = storage.inTransaction(session -> session.outbox().findById(message.id())).orElseThrow();
        try {
            stuckListener.stuck(DeadLetter.of(dead));
        } catch (RuntimeException e) {
            LOG.error("The listener told of dead letter {} failed with {}", message.id(), e.getClass().getName());
        }
    }

    private void record(OutboxMessage message, String error, Instant retryAt) {
        storage.inTransaction(session -> {
            session.outbox().markFailed(message.id(), error, retryAt);
            return null;
        });
    }
}
