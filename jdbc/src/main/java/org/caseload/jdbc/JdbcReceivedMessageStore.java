// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord.State;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;

/**
 * The support link's inbox in {@code support_received}. Its primary key on the message id refuses
 * a second application of one message, also between two nodes.
 */
final class JdbcReceivedMessageStore implements ReceivedMessageStore {

    private static final String COLUMNS = "message_id, stream_id, sequence_number, state, payload,"
            + " received_at_epoch_ns";
    private static final String INSERT = "INSERT INTO support_received (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM support_received WHERE message_id = ?";
    private static final String SELECT_BUFFERED = "SELECT " + COLUMNS + " FROM support_received"
            + " WHERE stream_id = ? AND state = 'BUFFERED' ORDER BY sequence_number, message_id";
    private static final String MARK_APPLIED = "UPDATE support_received SET state = 'APPLIED', payload = NULL"
            + " WHERE message_id = ?";
    private static final String DELETE_APPLIED = "DELETE FROM support_received WHERE message_id IN (SELECT message_id"
            + " FROM support_received WHERE state = 'APPLIED' AND received_at_epoch_ns < ? FETCH FIRST ? ROWS ONLY)";

    private final JdbcSession session;

    JdbcReceivedMessageStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void add(ReceivedMessageRecord message) {
        session.update("record received message " + message.messageId(), INSERT, statement -> {
            statement.setString(1, message.messageId());
            statement.setString(2, message.streamId());
            statement.setLong(3, message.sequence());
            statement.setString(4, message.state().name());
            statement.setString(5, message.payload());
            statement.setLong(6, EpochNanos.of(message.receivedAt()));
        });
    }

    @Override
    public Optional<ReceivedMessageRecord> find(String messageId) {
        return session.query("read received message " + messageId, SELECT_BY_ID,
                statement -> statement.setString(1, messageId), JdbcReceivedMessageStore::read).stream().findFirst();
    }

    @Override
    public List<ReceivedMessageRecord> buffered(String streamId) {
        return session.query("read the buffered messages of stream " + streamId, SELECT_BUFFERED,
                statement -> statement.setString(1, streamId), JdbcReceivedMessageStore::read);
    }

    @Override
    public void markApplied(String messageId) {
        session.update("mark received message " + messageId + " applied", MARK_APPLIED,
                statement -> statement.setString(1, messageId));
    }

    @Override
    public int deleteApplied(Instant receivedBefore, int limit) {
        return session.update("forget applied received messages", DELETE_APPLIED, statement -> {
            statement.setLong(1, EpochNanos.of(receivedBefore));
            statement.setInt(2, limit);
        });
    }

    private static ReceivedMessageRecord read(ResultSet row) throws SQLException {
        return new ReceivedMessageRecord(row.getString("message_id"), row.getString("stream_id"),
                row.getLong("sequence_number"), State.valueOf(row.getString("state")), row.getString("payload"),
                EpochNanos.toInstant(row.getLong("received_at_epoch_ns")));
    }
}
