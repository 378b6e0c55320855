// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import org.caseload.spi.storage.StorageSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of the support link: every message id received, so that each is applied once, and the
 * messages that arrived before an earlier one of their stream, kept durably until it comes.
 * Obtained from a {@link StorageSession}.
 */
public interface ReceivedMessageStore {

    /**
     * Records a received message.
     *
     * @throws org.caseload.spi.error.StorageException when this message id is already recorded
     */
    void add(ReceivedMessageRecord message);

    /** The message with this id, when it was received. */
    Optional<ReceivedMessageRecord> find(String messageId);

    /** The buffered messages of a stream, by sequence. */
    List<ReceivedMessageRecord> buffered(String streamId);

    /**
     * Marks a buffered message applied and drops its payload. Unknown ids are ignored.
     */
    void markApplied(String messageId);

    /**
     * Forgets up to {@code limit} applied messages received before {@code receivedBefore}; buffered
     * messages are kept whatever their age.
     *
     * @return how many were forgotten
     */
    int deleteApplied(Instant receivedBefore, int limit);
}
