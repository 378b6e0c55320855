// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.HostPartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due outbox messages of some topics through their handlers.
 *
 * <p>Each {@link #dispatchOnce()} claims a batch in one unit of work (a lease, so other nodes skip
 * it), delivers each message outside any transaction, then records each outcome in a unit of its
 * own. A failed message is retried with the policy's backoff, and later messages about the same
 * record in the batch wait for it, so one record's messages leave in order. Delivery is at least
 * once: a crash between delivery and marking repeats a message, which receivers deduplicate by id.
 * Thread-safe; several dispatchers (on several nodes) may run at once.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH_SIZE = 50;

    private final Storage storage;
    private final Clock clock;
    private final Map<String, OutboxHandler> handlers;
    private final RetryPolicy retryPolicy;

    public OutboxDispatcher(Storage storage, Clock clock, Map<String, OutboxHandler> handlersByTopic,
                            RetryPolicy retryPolicy) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.handlers = Map.copyOf(Objects.requireNonNull(handlersByTopic, "handlersByTopic"));
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("handlersByTopic must name at least one topic");
        }
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
        Set<String> blockedAggregates = new HashSet<>();
        int delivered = 0;
        for (OutboxMessage message : batch) {
            if (blockedAggregates.contains(message.aggregateId())) {
                recordFailure(message, "waiting for an earlier message about the same record", clock.instant());
                continue;
            }
            try {
                handlers.get(message.topic()).deliver(message);
                storage.inTransaction(session -> {
                    session.outbox().markDelivered(message.id());
                    return null;
                });
                delivered++;
            } catch (RuntimeException e) {
                blockedAggregates.add(message.aggregateId());
                LOG.warn("Delivery of outbox message {} ({}) failed on attempt {}: {}",
                        message.id(), message.topic(), message.attempts(), describe(e));
                Instant retryAt = message.attempts() >= retryPolicy.maxAttempts()
                        ? null
                        : clock.instant().plus(retryPolicy.delayAfter(message.attempts()));
                recordFailure(message, describe(e), retryAt);
            }
        }
        return delivered;
    }

    /** What failed, without the exception's message, which may quote the message's content. */
    private static String describe(RuntimeException failure) {
        if (failure instanceof HostPartException hostPart && hostPart.getCause() != null) {
            return hostPart.code() + " " + hostPart.getCause().getClass().getSimpleName();
        }
        return failure instanceof CaseloadException known ? known.code().name() : failure.getClass().getSimpleName();
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

    private void recordFailure(OutboxMessage message, String error, Instant retryAt) {
        storage.inTransaction(session -> {
            session.outbox().markFailed(message.id(), error, retryAt);
            return null;
        });
        if (retryAt == null) {
            LOG.error("Outbox message {} ({}) gave up after {} attempts", message.id(), message.topic(),
                    message.attempts());
        }
    }
}
