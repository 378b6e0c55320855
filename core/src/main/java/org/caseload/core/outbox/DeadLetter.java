// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Instant;
import java.util.Objects;
import org.caseload.spi.storage.messaging.OutboxMessage;

/**
 * A message that could not be delivered and waits for a person to resend or discard it. Later
 * messages about the same record wait behind it until then. Carries no part of the message's
 * content, which may hold client data.
 *
 * @param messageId   the message
 * @param topic       what kind of message it is, such as {@code support.escalation}
 * @param aggregateId the record it is about (for the support link, the ticket)
 * @param attempts    the delivery attempts made
 * @param createdAt   when the message was created
 * @param reason      why it was given up on: the other side's refusal, or the last failure after
 *                    retries ran out
 */
public record DeadLetter(String messageId, String topic, String aggregateId, int attempts, Instant createdAt,
                         String reason) {

    public DeadLetter {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The dead letter of a dead outbox message. */
    public static DeadLetter of(OutboxMessage message) {
        return new DeadLetter(message.id(), message.topic(), message.aggregateId(), message.attempts(),
                message.createdAt(), message.lastError());
    }
}
