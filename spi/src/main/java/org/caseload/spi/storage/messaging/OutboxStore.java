// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import org.caseload.spi.storage.StorageSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Messages waiting to leave the system. Obtained from a {@link StorageSession}.
 *
 * <p>Claiming is how several dispatchers (several application nodes) share the work: a claim
 * leases a message until a given instant, and no other claim returns it before the lease ends
 * unless it is marked failed earlier. Implementations over a shared database take the rows with
 * row locks that other claimers skip.
 */
public interface OutboxStore {

    /**
     * Adds a message.
     *
     * @throws org.caseload.spi.error.StorageException when a message with this id exists
     */
    void append(OutboxMessage message);

    /**
     * Claims up to {@code limit} {@link OutboxMessage.Status#PENDING} messages of the given topics
     * whose {@code nextAttemptAt} is at or before {@code now}, oldest first (by {@code createdAt},
     * then in the order they were appended): each claimed message
     * gets one more attempt and {@code nextAttemptAt = leaseUntil}, and is returned as updated.
     *
     * <p>Messages about one record leave in order: a message is not claimed while an earlier
     * message of the given topics about the same {@code aggregateId} is {@code PENDING} (waiting,
     * or leased by another claimer) or {@code DEAD}. So at most one message per record is claimed
     * at a time, across claims and across nodes.
     */
    List<OutboxMessage> claimDue(Set<String> topics, Instant now, Instant leaseUntil, int limit);

    /** Marks a message delivered; it is never claimed again. Unknown ids are ignored. */
    void markDelivered(String id);

    /**
     * Records a failed attempt: the message is pending again from {@code retryAt}, or
     * {@link OutboxMessage.Status#DEAD} when {@code retryAt} is null. Unknown ids are ignored.
     */
    void markFailed(String id, String error, Instant retryAt);

    /** The message with this id. */
    Optional<OutboxMessage> findById(String id);

    /** Up to {@code limit} {@link OutboxMessage.Status#DEAD} messages of the given topics, oldest first. */
    List<OutboxMessage> findDead(Set<String> topics, int limit);

    /**
     * Puts a dead message back in line: {@code PENDING}, no attempts, due and queued at {@code now};
     * its last error is kept until the next attempt.
     *
     * @return whether the message was dead (otherwise nothing changed)
     */
    boolean requeue(String id, Instant now);

    /**
     * Gives a dead message up for good: {@link OutboxMessage.Status#DISCARDED}, after which it holds
     * no later message back.
     *
     * @return whether the message was dead (otherwise nothing changed)
     */
    boolean discard(String id);

    /** How many messages of the given topics stand where, for monitoring. */
    OutboxCounts count(Set<String> topics);

    /**
     * Deletes up to {@code limit} {@link OutboxMessage.Status#DELIVERED} messages of the given topics
     * created before {@code createdBefore}.
     *
     * @return how many were deleted
     */
    int deleteDelivered(Set<String> topics, Instant createdBefore, int limit);
}
