// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * A message that arrived from the other side of the support link: kept so that a message id is
 * applied once, and, while it waits for an earlier message of its stream, with its payload.
 *
 * @param messageId  the sender's message id; required
 * @param streamId   the ticket whose messages are applied in order; required
 * @param sequence   its number in the stream, from 1; 0 for a message outside any order
 * @param state      required
 * @param payload    the message, while {@link State#BUFFERED}; null once applied
 * @param receivedAt required
 */
public record ReceivedMessageRecord(String messageId, String streamId, long sequence, State state, String payload,
                                    Instant receivedAt) {

    public ReceivedMessageRecord {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
        if ((state == State.BUFFERED) != (payload != null)) {
            throw new IllegalArgumentException("a buffered message, and only a buffered one, keeps its payload");
        }
    }

    /** What became of a received message. */
    public enum State {
        /** Applied; a repeat is ignored. */
        APPLIED,
        /** Kept until the messages before it in its stream have been applied. */
        BUFFERED
    }
}
