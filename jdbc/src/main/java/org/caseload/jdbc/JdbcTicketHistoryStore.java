// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.List;
import org.caseload.spi.storage.tickets.TicketHistoryRecord;
import org.caseload.spi.storage.tickets.TicketHistoryStore;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;

/** The history of every ticket in the {@code ticket_history} table, in the order appended. */
final class JdbcTicketHistoryStore implements TicketHistoryStore {

    private static final String COLUMNS = "id, ticket_id, occurred_at_epoch_ns, actor_user_id, actor_name,"
            + " event_type, from_status, to_status, assignee_user_id, note_id, note_visibility";

    private static final String INSERT = "INSERT INTO ticket_history (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String TICKET_EXISTS = "SELECT id FROM ticket WHERE id = ?";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM ticket_history WHERE ticket_id = ?"
            + " ORDER BY added_seq";

    private final JdbcSession session;

    JdbcTicketHistoryStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(TicketHistoryRecord entry) {
        ParentRows.require(session, "ticket", "ticket", TICKET_EXISTS, entry.ticketId());
        session.update("append history entry " + entry.id() + " to ticket " + entry.ticketId(), INSERT, statement -> {
            statement.setString(1, entry.id());
            statement.setString(2, entry.ticketId());
            statement.setLong(3, EpochNanos.of(entry.occurredAt()));
            statement.setString(4, entry.actorUserId());
            statement.setString(5, entry.actorName());
            statement.setString(6, entry.type().name());
            statement.setString(7, nameOf(entry.fromStatus()));
            statement.setString(8, nameOf(entry.toStatus()));
            statement.setString(9, entry.assigneeUserId());
            statement.setString(10, entry.noteId());
            statement.setString(11, entry.noteVisibility() == null ? null : entry.noteVisibility().name());
        });
    }

    @Override
    public List<TicketHistoryRecord> entries(String ticketId) {
        return session.query("read the history of ticket " + ticketId, SELECT,
                statement -> statement.setString(1, ticketId),
                row -> {
                    String from = row.getString("from_status");
                    String to = row.getString("to_status");
                    String visibility = row.getString("note_visibility");
                    return new TicketHistoryRecord(
                            row.getString("id"),
                            row.getString("ticket_id"),
                            EpochNanos.toInstant(row.getLong("occurred_at_epoch_ns")),
                            row.getString("actor_user_id"),
                            row.getString("actor_name"),
                            TicketHistoryRecord.Type.valueOf(row.getString("event_type")),
                            from == null ? null : TicketStatus.valueOf(from),
                            to == null ? null : TicketStatus.valueOf(to),
                            row.getString("assignee_user_id"),
                            row.getString("note_id"),
                            visibility == null ? null : Visibility.valueOf(visibility));
                });
    }

    private static String nameOf(TicketStatus status) {
        return status == null ? null : status.name();
    }
}
