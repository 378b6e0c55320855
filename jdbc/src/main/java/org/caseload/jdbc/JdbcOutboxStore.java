// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.spi.storage.messaging.OutboxStore;

/**
 * Outbox messages in the {@code outbox_message} table. Claims lock the rows they take and skip the
 * rows other claimers hold ({@code FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL alike), so that
 * several nodes share the work without waiting for each other.
 */
final class JdbcOutboxStore implements OutboxStore {

    private static final String COLUMNS = "id, topic, aggregate_id, payload, created_at_epoch_ns, attempts,"
            + " next_attempt_at_epoch_ns, status, last_error";

    private static final String INSERT = "INSERT INTO outbox_message (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LOCK_DUE = "SELECT " + COLUMNS + " FROM outbox_message"
            + " WHERE status = 'PENDING' AND topic = ANY(?) AND next_attempt_at_epoch_ns <= ?"
            + " ORDER BY created_at_epoch_ns, appended_seq FETCH FIRST ? ROWS ONLY"
            + " FOR UPDATE SKIP LOCKED";

    /**
     * Takes one locked message. The conditions are checked again on the row as it now stands, so
     * that a message another claimer leased just before the lock was taken is left alone.
     */
    private static final String LEASE = "UPDATE outbox_message SET attempts = attempts + 1,"
            + " next_attempt_at_epoch_ns = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at_epoch_ns <= ?";

    private static final String MARK_DELIVERED = "UPDATE outbox_message SET status = 'DELIVERED' WHERE id = ?";

    private static final String MARK_RETRY = "UPDATE outbox_message SET status = 'PENDING',"
            + " next_attempt_at_epoch_ns = ?, last_error = ? WHERE id = ?";

    private static final String MARK_DEAD = "UPDATE outbox_message SET status = 'DEAD', last_error = ? WHERE id = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?";

    private final JdbcSession session;

    JdbcOutboxStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(OutboxMessage message) {
        session.update("append outbox message " + message.id(), INSERT, statement -> {
            statement.setString(1, message.id());
            statement.setString(2, message.topic());
            statement.setString(3, message.aggregateId());
            statement.setString(4, message.payload());
            statement.setLong(5, EpochNanos.of(message.createdAt()));
            statement.setInt(6, message.attempts());
            statement.setLong(7, EpochNanos.of(message.nextAttemptAt()));
            statement.setString(8, message.status().name());
            statement.setString(9, message.lastError());
        });
    }

    @Override
    public List<OutboxMessage> claimDue(Set<String> topics, Instant now, Instant leaseUntil, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        long nowNanos = EpochNanos.of(now);
        List<OutboxMessage> due = session.query("claim due outbox messages", LOCK_DUE, statement -> {
            statement.setArray(1, session.textArray(topics));
            statement.setLong(2, nowNanos);
            statement.setInt(3, limit);
        }, JdbcOutboxStore::read);
        if (due.isEmpty()) {
            return List.of();
        }
        long leaseNanos = EpochNanos.of(leaseUntil);
        int[] taken = session.updateEach("lease due outbox messages", LEASE, due, (statement, message) -> {
            statement.setLong(1, leaseNanos);
            statement.setString(2, message.id());
            statement.setLong(3, nowNanos);
        });
        List<OutboxMessage> claimed = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (taken[i] != 0) {
                OutboxMessage message = due.get(i);
                claimed.add(new OutboxMessage(message.id(), message.topic(), message.aggregateId(), message.payload(),
                        message.createdAt(), message.attempts() + 1, leaseUntil, Status.PENDING,
                        message.lastError()));
            }
        }
        return claimed;
    }

    @Override
    public void markDelivered(String id) {
        session.update("mark outbox message " + id + " delivered", MARK_DELIVERED,
                statement -> statement.setString(1, id));
    }

    @Override
    public void markFailed(String id, String error, Instant retryAt) {
        if (retryAt == null) {
            session.update("mark outbox message " + id + " dead", MARK_DEAD, statement -> {
                statement.setString(1, error);
                statement.setString(2, id);
            });
        } else {
            session.update("schedule a retry of outbox message " + id, MARK_RETRY, statement -> {
                statement.setLong(1, EpochNanos.of(retryAt));
                statement.setString(2, error);
                statement.setString(3, id);
            });
        }
    }

    @Override
    public Optional<OutboxMessage> findById(String id) {
        return session.query("read outbox message " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcOutboxStore::read).stream().findFirst();
    }

    private static OutboxMessage read(ResultSet row) throws SQLException {
        return new OutboxMessage(
                row.getString("id"),
                row.getString("topic"),
                row.getString("aggregate_id"),
                row.getString("payload"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                row.getInt("attempts"),
                EpochNanos.toInstant(row.getLong("next_attempt_at_epoch_ns")),
                Status.valueOf(row.getString("status")),
                row.getString("last_error"));
    }
}
