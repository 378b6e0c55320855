// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.messaging.OutboxCounts;
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
                undoLog.add(() -> byId.remove(message.id()));
                byId.put(message.id(), message);
            }

            @Override
            public List<OutboxMessage> claimDue(Set<String> topics, Instant now, Instant leaseUntil, int limit) {
                List<OutboxMessage> claimed = new ArrayList<>();
                Set<String> waitingRecords = new HashSet<>();
                for (OutboxMessage message : inOrder(topics)) {
                    if (claimed.size() == limit) {
                        break;
                    }
                    boolean undelivered = message.status() == Status.PENDING || message.status() == Status.DEAD;
                    // The first undelivered message of a record holds back the record's later ones.
                    if (!undelivered || !waitingRecords.add(message.aggregateId())) {
                        continue;
                    }
                    if (message.status() == Status.PENDING && !message.nextAttemptAt().isAfter(now)) {
                        OutboxMessage lease = copy(message, message.attempts() + 1, leaseUntil, Status.PENDING,
                                message.lastError(), message.queuedAt());
                        replace(message, lease);
                        claimed.add(lease);
                    }
                }
                return claimed;
            }

            @Override
            public void markDelivered(String id) {
                OutboxMessage message = byId.get(id);
                if (message != null) {
                    replace(message, copy(message, message.attempts(), message.nextAttemptAt(), Status.DELIVERED,
                            message.lastError(), message.queuedAt()));
                }
            }

            @Override
            public void markFailed(String id, String error, Instant retryAt) {
                OutboxMessage message = byId.get(id);
                if (message != null) {
                    replace(message, copy(message, message.attempts(),
                            retryAt == null ? message.nextAttemptAt() : retryAt,
                            retryAt == null ? Status.DEAD : Status.PENDING, error, message.queuedAt()));
                }
            }

            @Override
            public Optional<OutboxMessage> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<OutboxMessage> findDead(Set<String> topics, int limit) {
                return inOrder(topics).stream().filter(m -> m.status() == Status.DEAD).limit(limit).toList();
            }

            @Override
            public boolean requeue(String id, Instant now) {
                OutboxMessage message = byId.get(id);
                if (message == null || message.status() != Status.DEAD) {
                    return false;
                }
                replace(message, copy(message, 0, now, Status.PENDING, message.lastError(), now));
                return true;
            }

            @Override
            public boolean discard(String id) {
                OutboxMessage message = byId.get(id);
                if (message == null || message.status() != Status.DEAD) {
                    return false;
                }
                replace(message, copy(message, message.attempts(), message.nextAttemptAt(), Status.DISCARDED,
                        message.lastError(), message.queuedAt()));
                return true;
            }

            @Override
            public OutboxCounts count(Set<String> topics) {
                long pending = 0;
                long retrying = 0;
                long dead = 0;
                long held = 0;
                Instant oldest = null;
                Set<String> deadRecords = new HashSet<>();
                for (OutboxMessage message : inOrder(topics)) {
                    if (message.status() == Status.DEAD) {
                        dead++;
                        deadRecords.add(message.aggregateId());
                    } else if (message.status() == Status.PENDING) {
                        if (deadRecords.contains(message.aggregateId())) {
                            held++;
                        }
                        if (message.attempts() == 0) {
                            pending++;
                        } else {
                            retrying++;
                        }
                    } else {
                        continue;
                    }
                    oldest = oldest == null ? message.createdAt() : oldest;
                }
                return new OutboxCounts(pending, retrying, dead, held, oldest);
            }

            @Override
            public int deleteDelivered(Set<String> topics, Instant createdBefore, int limit) {
                List<OutboxMessage> old = inOrder(topics).stream()
                        .filter(m -> m.status() == Status.DELIVERED && m.createdAt().isBefore(createdBefore))
                        .limit(limit)
                        .toList();
                for (OutboxMessage message : old) {
                    undoLog.add(() -> byId.put(message.id(), message));
                    byId.remove(message.id());
                }
                return old.size();
            }

            /** The messages of the topics, oldest first, ties in the order they were appended. */
            private List<OutboxMessage> inOrder(Set<String> topics) {
                return byId.values().stream()
                        .filter(m -> topics.contains(m.topic()))
                        .sorted(Comparator.comparing(OutboxMessage::createdAt))
                        .toList();
            }

            private void replace(OutboxMessage previous, OutboxMessage next) {
                undoLog.add(() -> byId.put(previous.id(), previous));
                byId.put(next.id(), next);
            }
        };
    }

    private static OutboxMessage copy(OutboxMessage message, int attempts, Instant nextAttemptAt, Status status,
                                      String lastError, Instant queuedAt) {
        return new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                message.createdAt(), attempts, nextAttemptAt, status, lastError, queuedAt);
    }
}
