// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.spi.storage.messaging.OutboxStore;

/** Outbox messages in the order they were appended; accessed only under the storage's lock. */
final class MemoryOutboxStore {

    private final Map<String, OutboxMessage> byId = new LinkedHashMap<>();

    OutboxStore bind(List<Runnable> undoLog) {
        return new OutboxStore() {
            @Override
            public void append(OutboxMessage message) {
                if (byId.containsKey(message.id())) {
                    throw new StorageException("an outbox message with id " + message.id() + " already exists");
                }
                byId.put(message.id(), message);
                undoLog.add(() -> byId.remove(message.id()));
            }

            @Override
            public List<OutboxMessage> claimDue(Set<String> topics, Instant now, Instant leaseUntil, int limit) {
                List<OutboxMessage> due = byId.values().stream()
                        .filter(m -> m.status() == Status.PENDING)
                        .filter(m -> topics.contains(m.topic()))
                        .filter(m -> !m.nextAttemptAt().isAfter(now))
                        .sorted(Comparator.comparing(OutboxMessage::createdAt))
                        .limit(limit)
                        .toList();
                List<OutboxMessage> claimed = new ArrayList<>(due.size());
                for (OutboxMessage message : due) {
                    OutboxMessage lease = new OutboxMessage(message.id(), message.topic(), message.aggregateId(),
                            message.payload(), message.createdAt(), message.attempts() + 1, leaseUntil,
                            Status.PENDING, message.lastError());
                    replace(message, lease);
                    claimed.add(lease);
                }
                return claimed;
            }

            @Override
            public void markDelivered(String id) {
                OutboxMessage message = byId.get(id);
                if (message != null) {
                    replace(message, new OutboxMessage(message.id(), message.topic(), message.aggregateId(),
                            message.payload(), message.createdAt(), message.attempts(), message.nextAttemptAt(),
                            Status.DELIVERED, message.lastError()));
                }
            }

            @Override
            public void markFailed(String id, String error, Instant retryAt) {
                OutboxMessage message = byId.get(id);
                if (message != null) {
                    replace(message, new OutboxMessage(message.id(), message.topic(), message.aggregateId(),
                            message.payload(), message.createdAt(), message.attempts(),
                            retryAt == null ? message.nextAttemptAt() : retryAt,
                            retryAt == null ? Status.DEAD : Status.PENDING, error));
                }
            }

            @Override
            public Optional<OutboxMessage> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            private void replace(OutboxMessage previous, OutboxMessage next) {
                byId.put(next.id(), next);
                undoLog.add(() -> byId.put(previous.id(), previous));
            }
        };
    }
}
