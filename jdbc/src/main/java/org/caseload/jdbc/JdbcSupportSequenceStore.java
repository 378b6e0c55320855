// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.List;
import org.caseload.spi.storage.messaging.SupportSequenceStore;

/**
 * The support link's sequence numbers in {@code support_sequence}. Handing out a number updates its
 * row first, which locks it until the unit of work ends, so two nodes never hand out one number.
 * Reading the applied number locks its row the same way (a no-op update), so two nodes receiving
 * messages of one stream take turns instead of each reading the number from before the other's
 * unit of work. When two nodes create a stream's applied row at once, one unit of work fails on the
 * primary key and its message is refused, to be sent again.
 */
final class JdbcSupportSequenceStore implements SupportSequenceStore {

    private static final String SENT = "SENT";
    private static final String APPLIED = "APPLIED";

    private static final String INCREMENT = "UPDATE support_sequence SET last_number = last_number + 1"
            + " WHERE stream_id = ? AND direction = ?";
    private static final String LOCK = "UPDATE support_sequence SET last_number = last_number"
            + " WHERE stream_id = ? AND direction = ?";
    private static final String SET = "UPDATE support_sequence SET last_number = ? WHERE stream_id = ? AND direction = ?";
    private static final String INSERT = "INSERT INTO support_sequence (stream_id, direction, last_number)"
            + " VALUES (?, ?, ?)";
    private static final String SELECT = "SELECT last_number FROM support_sequence WHERE stream_id = ?"
            + " AND direction = ?";

    private final JdbcSession session;

    JdbcSupportSequenceStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public long next(String streamId) {
        String operation = "hand out the next number of stream " + streamId;
        int changed = session.update(operation, INCREMENT, statement -> {
            statement.setString(1, streamId);
            statement.setString(2, SENT);
        });
        if (changed == 0) {
            insert(operation, streamId, SENT, 1);
            return 1;
        }
        return read(streamId, SENT);
    }

    @Override
    public long applied(String streamId) {
        String operation = "lock the applied number of stream " + streamId;
        int locked = session.update(operation, LOCK, statement -> {
            statement.setString(1, streamId);
            statement.setString(2, APPLIED);
        });
        if (locked == 0) {
            insert(operation, streamId, APPLIED, 0);
            return 0;
        }
        return read(streamId, APPLIED);
    }

    @Override
    public void markApplied(String streamId, long sequence) {
        long last = applied(streamId);
        if (sequence != last + 1) {
            throw new IllegalArgumentException("stream " + streamId + " applied " + last + " last; the next is "
                    + (last + 1) + ", not " + sequence);
        }
        session.update("record number " + sequence + " of stream " + streamId + " applied", SET, statement -> {
            statement.setLong(1, sequence);
            statement.setString(2, streamId);
            statement.setString(3, APPLIED);
        });
    }

    private void insert(String operation, String streamId, String direction, long number) {
        session.update(operation, INSERT, statement -> {
            statement.setString(1, streamId);
            statement.setString(2, direction);
            statement.setLong(3, number);
        });
    }

    private long read(String streamId, String direction) {
        List<Long> numbers = session.query("read the last number of stream " + streamId, SELECT, statement -> {
            statement.setString(1, streamId);
            statement.setString(2, direction);
        }, row -> row.getLong("last_number"));
        return numbers.isEmpty() ? 0 : numbers.get(0);
    }
}
