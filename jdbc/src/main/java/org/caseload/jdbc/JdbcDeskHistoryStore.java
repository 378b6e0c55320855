// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.caseload.spi.storage.desk.DeskHistoryRecord;
import org.caseload.spi.storage.desk.DeskHistoryStore;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/** The history of every desk ticket in the {@code desk_history} table, in the order appended. */
final class JdbcDeskHistoryStore implements DeskHistoryStore {

    private static final String COLUMNS = "id, desk_ticket_id, occurred_at_epoch_ns, actor_user_id, actor_name,"
            + " event_type, from_status, to_status, from_tier, to_tier, detail, note_shared";
    private static final String INSERT = "INSERT INTO desk_history (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TICKET_EXISTS = "SELECT id FROM desk_ticket WHERE id = ?";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM desk_history WHERE desk_ticket_id = ?"
            + " ORDER BY added_seq";

    private final JdbcSession session;

    JdbcDeskHistoryStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(DeskHistoryRecord entry) {
        ParentRows.require(session, "deskTicket", "desk ticket", TICKET_EXISTS, entry.deskTicketId());
        session.update("append history entry " + entry.id() + " to desk ticket " + entry.deskTicketId(), INSERT,
                statement -> {
                    statement.setString(1, entry.id());
                    statement.setString(2, entry.deskTicketId());
                    statement.setLong(3, EpochNanos.of(entry.occurredAt()));
                    statement.setString(4, entry.actorUserId());
                    statement.setString(5, entry.actorName());
                    statement.setString(6, entry.type().name());
                    statement.setString(7, entry.fromStatus() == null ? null : entry.fromStatus().name());
                    statement.setString(8, entry.toStatus() == null ? null : entry.toStatus().name());
                    setObject(statement, 9, entry.fromTier(), Types.INTEGER);
                    setObject(statement, 10, entry.toTier(), Types.INTEGER);
                    statement.setString(11, entry.detail());
                    setObject(statement, 12, entry.noteShared(), Types.BOOLEAN);
                });
    }

    @Override
    public List<DeskHistoryRecord> entries(String deskTicketId) {
        return session.query("read the history of desk ticket " + deskTicketId, SELECT,
                statement -> statement.setString(1, deskTicketId), JdbcDeskHistoryStore::read);
    }

    private static void setObject(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }

    private static DeskHistoryRecord read(ResultSet row) throws SQLException {
        String from = row.getString("from_status");
        String to = row.getString("to_status");
        int fromTier = row.getInt("from_tier");
        boolean noFromTier = row.wasNull();
        int toTier = row.getInt("to_tier");
        boolean noToTier = row.wasNull();
        boolean shared = row.getBoolean("note_shared");
        boolean noShared = row.wasNull();
        return new DeskHistoryRecord(
                row.getString("id"),
                row.getString("desk_ticket_id"),
                EpochNanos.toInstant(row.getLong("occurred_at_epoch_ns")),
                row.getString("actor_user_id"),
                row.getString("actor_name"),
                DeskHistoryRecord.Type.valueOf(row.getString("event_type")),
                from == null ? null : DeskTicketStatus.valueOf(from),
                to == null ? null : DeskTicketStatus.valueOf(to),
                noFromTier ? null : fromTier,
                noToTier ? null : toTier,
                row.getString("detail"),
                noShared ? null : shared);
    }
}
