// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord.State;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;

/** The support link's inbox; accessed only under the storage's lock. */
final class MemoryReceivedMessageStore {

    private final Map<String, ReceivedMessageRecord> byId = new HashMap<>();

    ReceivedMessageStore bind(List<Runnable> undoLog) {
        return new ReceivedMessageStore() {
            @Override
            public void add(ReceivedMessageRecord message) {
                if (byId.containsKey(message.messageId())) {
                    throw new StorageException("a received message with id " + message.messageId()
                            + " already exists");
                }
                undoLog.add(() -> byId.remove(message.messageId()));
                byId.put(message.messageId(), message);
            }

            @Override
            public Optional<ReceivedMessageRecord> find(String messageId) {
                return Optional.ofNullable(byId.get(messageId));
            }

            @Override
            public List<ReceivedMessageRecord> buffered(String streamId) {
                return byId.values().stream()
                        .filter(message -> message.state() == State.BUFFERED && message.streamId().equals(streamId))
                        .sorted(Comparator.comparingLong(ReceivedMessageRecord::sequence)
                                .thenComparing(ReceivedMessageRecord::messageId))
                        .toList();
            }

            @Override
            public void markApplied(String messageId) {
                ReceivedMessageRecord previous = byId.get(messageId);
                if (previous != null) {
                    undoLog.add(() -> byId.put(messageId, previous));
                    byId.put(messageId, new ReceivedMessageRecord(messageId, previous.streamId(), previous.sequence(),
                            State.APPLIED, null, previous.receivedAt()));
                }
            }

            @Override
            public int deleteApplied(Instant receivedBefore, int limit) {
                List<ReceivedMessageRecord> old = byId.values().stream()
                        .filter(message -> message.state() == State.APPLIED
                                && message.receivedAt().isBefore(receivedBefore))
                        .limit(limit)
                        .toList();
                for (ReceivedMessageRecord message : old) {
                    undoLog.add(() -> byId.put(message.messageId(), message));
                    byId.remove(message.messageId());
                }
                return old.size();
            }
        };
    }
}
