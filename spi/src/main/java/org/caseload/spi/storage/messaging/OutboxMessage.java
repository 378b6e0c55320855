// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * A message waiting to leave the system (an escalation to the vendor, a notification), written in
 * the same unit of work as the change that caused it, so that the change and the message commit
 * or fail together. A dispatcher delivers it later, at least once.
 *
 * @param id            the message id, also used by receivers to apply it once; required
 * @param topic         what kind of message it is, such as {@code support.escalation}; required
 * @param aggregateId   the record it is about (messages about one record are delivered in
 *                      creation order); required
 * @param payload       the message body, JSON; required
 * @param createdAt     required
 * @param attempts      delivery attempts started so far
 * @param nextAttemptAt when the message may next be claimed; required
 * @param status        required
 * @param lastError     the last delivery failure, non-personal; may be null
 * @param queuedAt      when the current run of attempts began: {@code createdAt}, or when a person
 *                      resent the message after it was dead; its retries give up by age from here;
 *                      required
 */
public record OutboxMessage(
        String id,
        String topic,
        String aggregateId,
        String payload,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        Status status,
        String lastError,
        Instant queuedAt) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /** A message whose run of attempts began when it was created. */
    public OutboxMessage(String id, String topic, String aggregateId, String payload, Instant createdAt, int attempts,
                         Instant nextAttemptAt, Status status, String lastError) {
        this(id, topic, aggregateId, payload, createdAt, attempts, nextAttemptAt, status, lastError, createdAt);
    }

    /** A new pending message, due at once. */
    public static OutboxMessage pending(String id, String topic, String aggregateId, String payload, Instant now) {
        return new OutboxMessage(id, topic, aggregateId, payload, now, 0, now, Status.PENDING, null);
    }

    /** Where a message stands. */
    public enum Status {
        /** Waiting for (another) delivery attempt. */
        PENDING,
        /** Delivered; kept for the record. */
        DELIVERED,
        /**
         * Given up on (the other side refused it for good, or retries ran past their age); needs a
         * person, who resends or discards it. Later messages about the same record wait behind it.
         */
        DEAD,
        /** Given up on for good by a person; kept for the record, and no longer holds anything back. */
        DISCARDED
    }
}
