// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.messaging.OutboxCounts;
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
            + " next_attempt_at_epoch_ns, status, last_error, queued_at_epoch_ns";

    private static final String INSERT = "INSERT INTO outbox_message (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** An undelivered message {@code e} of the claim's topics about the same record as, and before, {@code m}. */
    private static final String EARLIER_UNDELIVERED = "SELECT 1 FROM outbox_message e"
            + " WHERE e.aggregate_id = m.aggregate_id AND e.topic = ANY(?) AND e.status IN (%s)"
            + " AND (e.created_at_epoch_ns < m.created_at_epoch_ns"
            + " OR (e.created_at_epoch_ns = m.created_at_epoch_ns AND e.appended_seq < m.appended_seq))";

    /**
     * The due messages that no earlier undelivered message of their record holds back. A message
     * another claimer has leased is still pending, so its record's later messages wait for it.
     */
    private static final String LOCK_DUE = "SELECT " + COLUMNS + " FROM outbox_message m"
            + " WHERE m.status = 'PENDING' AND m.topic = ANY(?) AND m.next_attempt_at_epoch_ns <= ?"
            + " AND NOT EXISTS (" + EARLIER_UNDELIVERED.formatted("'PENDING', 'DEAD'") + ")"
            + " ORDER BY m.created_at_epoch_ns, m.appended_seq FETCH FIRST ? ROWS ONLY"
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

    private static final String SELECT_DEAD = "SELECT " + COLUMNS + " FROM outbox_message"
            + " WHERE status = 'DEAD' AND topic = ANY(?) ORDER BY created_at_epoch_ns, appended_seq"
            + " FETCH FIRST ? ROWS ONLY";

    private static final String REQUEUE = "UPDATE outbox_message SET status = 'PENDING', attempts = 0,"
            + " next_attempt_at_epoch_ns = ?, queued_at_epoch_ns = ? WHERE id = ? AND status = 'DEAD'";

    private static final String DISCARD = "UPDATE outbox_message SET status = 'DISCARDED' WHERE id = ? AND status = 'DEAD'";

    private static final String COUNT = "SELECT"
            + " SUM(CASE WHEN status = 'PENDING' AND attempts = 0 THEN 1 ELSE 0 END) AS pending,"
            + " SUM(CASE WHEN status = 'PENDING' AND attempts > 0 THEN 1 ELSE 0 END) AS retrying,"
            + " SUM(CASE WHEN status = 'DEAD' THEN 1 ELSE 0 END) AS dead,"
            + " MIN(created_at_epoch_ns) AS oldest"
            + " FROM outbox_message WHERE topic = ANY(?) AND status IN ('PENDING', 'DEAD')";

    private static final String COUNT_HELD = "SELECT COUNT(*) AS held FROM outbox_message m"
            + " WHERE m.status = 'PENDING' AND m.topic = ANY(?)"
            + " AND EXISTS (" + EARLIER_UNDELIVERED.formatted("'DEAD'") + ")";

    private static final String DELETE_DELIVERED = "DELETE FROM outbox_message WHERE id IN (SELECT id FROM outbox_message"
            + " WHERE status = 'DELIVERED' AND topic = ANY(?) AND created_at_epoch_ns < ?"
            + " FETCH FIRST ? ROWS ONLY)";

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
            statement.setLong(10, EpochNanos.of(message.queuedAt()));
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
            statement.setArray(3, session.textArray(topics));
            statement.setInt(4, limit);
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
                        message.lastError(), message.queuedAt()));
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

    @Override
    public List<OutboxMessage> findDead(Set<String> topics, int limit) {
        return session.query("read dead outbox messages", SELECT_DEAD, statement -> {
            statement.setArray(1, session.textArray(topics));
            statement.setInt(2, limit);
        }, JdbcOutboxStore::read);
    }

    @Override
    public boolean requeue(String id, Instant now) {
        return session.update("requeue outbox message " + id, REQUEUE, statement -> {
            statement.setLong(1, EpochNanos.of(now));
            statement.setLong(2, EpochNanos.of(now));
            statement.setString(3, id);
        }) > 0;
    }

    @Override
    public boolean discard(String id) {
        return session.update("discard outbox message " + id, DISCARD, statement -> statement.setString(1, id)) > 0;
    }

    @Override
    public OutboxCounts count(Set<String> topics) {
        long held = session.query("count held outbox messages", COUNT_HELD, statement -> {
            statement.setArray(1, session.textArray(topics));
            statement.setArray(2, session.textArray(topics));
        }, row -> row.getLong("held")).get(0);
        return session.query("count outbox messages", COUNT, statement -> statement.setArray(1,
                session.textArray(topics)), row -> {
                    long oldest = row.getLong("oldest");
                    return new OutboxCounts(row.getLong("pending"), row.getLong("retrying"), row.getLong("dead"), held,
                            row.wasNull() ? null : EpochNanos.toInstant(oldest));
                }).get(0);
    }

    @Override
    public int deleteDelivered(Set<String> topics, Instant createdBefore, int limit) {
        return session.update("delete delivered outbox messages", DELETE_DELIVERED, statement -> {
            statement.setArray(1, session.textArray(topics));
            statement.setLong(2, EpochNanos.of(createdBefore));
            statement.setInt(3, limit);
        });
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
                row.getString("last_error"),
                EpochNanos.toInstant(row.getLong("queued_at_epoch_ns")));
    }
}
