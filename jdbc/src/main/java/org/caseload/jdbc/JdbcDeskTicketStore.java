// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskNoteRecord;
import org.caseload.spi.storage.desk.DeskTicketQuery;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.desk.DeskTicketStore;

/**
 * Desk tickets in {@code desk_ticket}, their notes in {@code desk_note} and their screenshots in
 * {@code desk_attachment}.
 */
final class JdbcDeskTicketStore implements DeskTicketStore {

    private static final String CONTENT = "kind, summary, screen_id, escalated_by, attachment_media_type, status,"
            + " severity, complexity, impact, urgency, priority, tier, support_group, resolution,"
            + " updated_at_epoch_ns, escalation_round, product_version, assignee_user_id";
    private static final String COLUMNS = "id, organization_id, ticket_id, received_at_epoch_ns, version, " + CONTENT;

    private static final String INSERT = "INSERT INTO desk_ticket (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE desk_ticket SET kind = ?, summary = ?, screen_id = ?,"
            + " escalated_by = ?, attachment_media_type = ?, status = ?, severity = ?, complexity = ?, impact = ?,"
            + " urgency = ?, priority = ?, tier = ?, support_group = ?, resolution = ?, updated_at_epoch_ns = ?,"
            + " escalation_round = ?, product_version = ?, assignee_user_id = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM desk_ticket";
    private static final String SELECT_BY_ID = SELECT + " WHERE id = ?";
    private static final String SELECT_BY_TICKET = SELECT + " WHERE organization_id = ? AND ticket_id = ?";
    private static final String ORDER = " ORDER BY received_at_epoch_ns, id";
    /** A clock of the ticket that runs and is due before the bound instant. */
    private static final String DUE_BEFORE = " AND EXISTS (SELECT 1 FROM sla_clock c WHERE c.ticket_id = desk_ticket.id"
            + " AND c.paused_at_epoch_ns IS NULL AND c.stopped_at_epoch_ns IS NULL AND c.due_at_epoch_ns < ?)";

    private static final String INSERT_NOTE = "INSERT INTO desk_note (id, desk_ticket_id, author_user_id,"
            + " author_name, shared, note_text, created_at_epoch_ns, from_organization)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_NOTES = "SELECT id, desk_ticket_id, author_user_id, author_name, shared,"
            + " note_text, created_at_epoch_ns, from_organization FROM desk_note WHERE desk_ticket_id = ?"
            + " ORDER BY added_seq";

    private static final String DELETE_ATTACHMENT = "DELETE FROM desk_attachment WHERE desk_ticket_id = ?";
    private static final String INSERT_ATTACHMENT = "INSERT INTO desk_attachment (desk_ticket_id, media_type, content)"
            + " VALUES (?, ?, ?)";
    private static final String SELECT_ATTACHMENT = "SELECT desk_ticket_id, media_type, content FROM desk_attachment"
            + " WHERE desk_ticket_id = ?";

    private static final String INSERT_NOTE_ATTACHMENT = "INSERT INTO desk_note_attachment (note_id, desk_ticket_id,"
            + " media_type, content) VALUES (?, ?, ?, ?)";
    private static final String SELECT_NOTE_ATTACHMENT = "SELECT desk_ticket_id, media_type, content"
            + " FROM desk_note_attachment WHERE note_id = ?";

    private final JdbcSession session;

    JdbcDeskTicketStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public DeskTicketRecord insert(DeskTicketRecord ticket) {
        DeskTicketRecord stored = ticket.withVersion(1);
        session.update("insert desk ticket " + ticket.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setString(3, stored.ticketId());
            statement.setLong(4, EpochNanos.of(stored.receivedAt()));
            statement.setLong(5, stored.version());
            bindContent(statement, 6, stored);
        });
        return stored;
    }

    @Override
    public DeskTicketRecord update(DeskTicketRecord ticket) {
        int changed = session.update("update desk ticket " + ticket.id(), UPDATE, statement -> {
            int next = bindContent(statement, 1, ticket);
            statement.setString(next, ticket.id());
            statement.setLong(next + 1, ticket.version());
        });
        VersionedRows.requireChanged(changed, "deskTicket", ticket.id(), ticket.version(),
                () -> findById(ticket.id()).isPresent());
        // The correlation and the time received never change.
        return findById(ticket.id()).orElseThrow();
    }

    @Override
    public Optional<DeskTicketRecord> findById(String id) {
        return session.query("read desk ticket " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcDeskTicketStore::read).stream().findFirst();
    }

    @Override
    public Optional<DeskTicketRecord> findByTicket(String organizationId, String ticketId) {
        return session.query("find the desk ticket of ticket " + ticketId, SELECT_BY_TICKET, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, ticketId);
        }, JdbcDeskTicketStore::read).stream().findFirst();
    }

    @Override
    public List<DeskTicketRecord> find(DeskTicketQuery query) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (query.status() != null) {
            sql.append(" AND status = ?");
        }
        if (query.tier() != null) {
            sql.append(" AND tier = ?");
        }
        if (query.organizationId() != null) {
            sql.append(" AND organization_id = ?");
        }
        if (query.assigneeUserId() != null) {
            sql.append(" AND assignee_user_id = ?");
        }
        if (query.dueBefore() != null) {
            sql.append(DUE_BEFORE);
        }
        sql.append(ORDER).append(" LIMIT ? OFFSET ?");
        return session.query("list desk tickets", sql.toString(), statement -> {
            int index = 1;
            if (query.status() != null) {
                statement.setString(index++, query.status().name());
            }
            if (query.tier() != null) {
                statement.setInt(index++, query.tier());
            }
            if (query.organizationId() != null) {
                statement.setString(index++, query.organizationId());
            }
            if (query.assigneeUserId() != null) {
                statement.setString(index++, query.assigneeUserId());
            }
            if (query.dueBefore() != null) {
                statement.setLong(index++, EpochNanos.of(query.dueBefore()));
            }
            statement.setInt(index, query.limit());
            statement.setInt(index + 1, query.offset());
        }, JdbcDeskTicketStore::read);
    }

    @Override
    public void addNote(DeskNoteRecord note) {
        // Checked first rather than left to the foreign key, so that the unit of work can go on.
        requireTicket(note.deskTicketId());
        session.update("add note " + note.id() + " to desk ticket " + note.deskTicketId(), INSERT_NOTE, statement -> {
            statement.setString(1, note.id());
            statement.setString(2, note.deskTicketId());
            statement.setString(3, note.authorUserId());
            statement.setString(4, note.authorName());
            statement.setBoolean(5, note.shared());
            statement.setString(6, note.text());
            statement.setLong(7, EpochNanos.of(note.createdAt()));
            statement.setBoolean(8, note.fromOrganization());
        });
    }

    @Override
    public List<DeskNoteRecord> notes(String deskTicketId) {
        return session.query("read the notes of desk ticket " + deskTicketId, SELECT_NOTES,
                statement -> statement.setString(1, deskTicketId),
                row -> new DeskNoteRecord(row.getString("id"), row.getString("desk_ticket_id"),
                        row.getString("author_user_id"), row.getString("author_name"), row.getBoolean("shared"),
                        row.getString("note_text"), EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                        row.getBoolean("from_organization")));
    }

    @Override
    public void putAttachment(DeskAttachmentRecord attachment) {
        requireTicket(attachment.deskTicketId());
        String operation = "keep the screenshot of desk ticket " + attachment.deskTicketId();
        session.update(operation, DELETE_ATTACHMENT, statement -> statement.setString(1, attachment.deskTicketId()));
        session.update(operation, INSERT_ATTACHMENT, statement -> {
            statement.setString(1, attachment.deskTicketId());
            statement.setString(2, attachment.mediaType());
            statement.setBytes(3, attachment.content());
        });
    }

    @Override
    public Optional<DeskAttachmentRecord> attachment(String deskTicketId) {
        return session.query("read the screenshot of desk ticket " + deskTicketId, SELECT_ATTACHMENT,
                statement -> statement.setString(1, deskTicketId),
                row -> new DeskAttachmentRecord(row.getString("desk_ticket_id"), row.getString("media_type"),
                        row.getBytes("content"))).stream().findFirst();
    }

    @Override
    public void putNoteAttachment(String noteId, DeskAttachmentRecord attachment) {
        requireTicket(attachment.deskTicketId());
        session.update("keep the attachment of note " + noteId, INSERT_NOTE_ATTACHMENT, statement -> {
            statement.setString(1, noteId);
            statement.setString(2, attachment.deskTicketId());
            statement.setString(3, attachment.mediaType());
            statement.setBytes(4, attachment.content());
        });
    }

    @Override
    public Optional<DeskAttachmentRecord> noteAttachment(String noteId) {
        return session.query("read the attachment of note " + noteId, SELECT_NOTE_ATTACHMENT,
                statement -> statement.setString(1, noteId),
                row -> new DeskAttachmentRecord(row.getString("desk_ticket_id"), row.getString("media_type"),
                        row.getBytes("content"))).stream().findFirst();
    }

    private void requireTicket(String deskTicketId) {
        if (findById(deskTicketId).isEmpty()) {
            throw new NotFoundException("deskTicket", deskTicketId);
        }
    }

    /** Binds the columns of {@link #CONTENT} from {@code index}; returns the next index. */
    private static int bindContent(PreparedStatement statement, int index, DeskTicketRecord ticket)
            throws SQLException {
        statement.setString(index++, ticket.kind());
        statement.setString(index++, ticket.summary());
        statement.setString(index++, ticket.screenId());
        statement.setString(index++, ticket.escalatedBy());
        statement.setString(index++, ticket.attachmentMediaType());
        statement.setString(index++, ticket.status().name());
        setInteger(statement, index++, ticket.severity());
        statement.setString(index++, ticket.complexity());
        statement.setString(index++, ticket.impact());
        statement.setString(index++, ticket.urgency());
        statement.setString(index++, ticket.priority());
        setInteger(statement, index++, ticket.tier());
        statement.setString(index++, ticket.supportGroup());
        statement.setString(index++, ticket.resolution());
        statement.setLong(index++, EpochNanos.of(ticket.updatedAt()));
        statement.setInt(index++, ticket.round());
        statement.setString(index++, ticket.productVersion());
        statement.setString(index++, ticket.assigneeUserId());
        return index;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Integer getInteger(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static DeskTicketRecord read(ResultSet row) throws SQLException {
        return new DeskTicketRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("ticket_id"),
                row.getString("kind"),
                row.getString("summary"),
                row.getString("screen_id"),
                row.getString("escalated_by"),
                row.getString("attachment_media_type"),
                DeskTicketStatus.valueOf(row.getString("status")),
                getInteger(row, "severity"),
                row.getString("complexity"),
                row.getString("impact"),
                row.getString("urgency"),
                row.getString("priority"),
                getInteger(row, "tier"),
                row.getString("support_group"),
                row.getString("resolution"),
                EpochNanos.toInstant(row.getLong("received_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version"),
                row.getInt("escalation_round"),
                row.getString("product_version"),
                row.getString("assignee_user_id"));
    }
}
