package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.TicketContact;
import org.caseload.spi.storage.TicketContext;
import org.caseload.spi.storage.TicketKind;
import org.caseload.spi.storage.TicketNoteRecord;
import org.caseload.spi.storage.TicketQuery;
import org.caseload.spi.storage.TicketRecord;
import org.caseload.spi.storage.TicketStatus;
import org.caseload.spi.storage.TicketStore;

/** Tickets in the {@code ticket} table, their notes in {@code ticket_note} in the order added. */
final class JdbcTicketStore implements TicketStore {

    private static final String COLUMNS = "id, organization_id, reporter_user_id, kind, status, description,"
            + " screen_id, form_id, application_version, contact_name, contact_email, contact_phone, contact_method,"
            + " created_at_epoch_ns, updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO ticket (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE ticket SET organization_id = ?, reporter_user_id = ?, kind = ?,"
            + " status = ?, description = ?, screen_id = ?, form_id = ?, application_version = ?, contact_name = ?,"
            + " contact_email = ?, contact_phone = ?, contact_method = ?, created_at_epoch_ns = ?,"
            + " updated_at_epoch_ns = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM ticket WHERE id = ?";

    private static final String PAGE = "SELECT " + COLUMNS + " FROM ticket WHERE organization_id = ?"
            + " ORDER BY created_at_epoch_ns DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private static final String PAGE_IN_STATUSES = "SELECT " + COLUMNS + " FROM ticket"
            + " WHERE organization_id = ? AND status = ANY(?)"
            + " ORDER BY created_at_epoch_ns DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private static final String NOTE_COLUMNS = "id, ticket_id, author_name, visibility, origin, note_text,"
            + " created_at_epoch_ns";

    private static final String INSERT_NOTE = "INSERT INTO ticket_note (" + NOTE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_NOTES = "SELECT " + NOTE_COLUMNS + " FROM ticket_note WHERE ticket_id = ?"
            + " ORDER BY added_seq";

    private final JdbcSession session;

    JdbcTicketStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public TicketRecord insert(TicketRecord ticket) {
        TicketRecord stored = ticket.withVersion(1);
        session.update("insert ticket " + ticket.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            int next = bindContent(statement, 2, stored);
            statement.setLong(next, stored.version());
        });
        return stored;
    }

    @Override
    public TicketRecord update(TicketRecord ticket) {
        int changed = session.update("update ticket " + ticket.id(), UPDATE, statement -> {
            int next = bindContent(statement, 1, ticket);
            statement.setString(next, ticket.id());
            statement.setLong(next + 1, ticket.version());
        });
        if (changed == 0) {
            throw findById(ticket.id()).isPresent()
                    ? new ConcurrentModificationException("ticket", ticket.id(), ticket.version())
                    : new NotFoundException("ticket", ticket.id());
        }
        return ticket.withVersion(ticket.version() + 1);
    }

    @Override
    public Optional<TicketRecord> findById(String id) {
        return session.query("read ticket " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcTicketStore::read).stream().findFirst();
    }

    @Override
    public List<TicketRecord> find(TicketQuery query) {
        boolean inStatuses = !query.statuses().isEmpty();
        return session.query("list the tickets of organization " + query.organizationId(),
                inStatuses ? PAGE_IN_STATUSES : PAGE,
                statement -> {
                    int index = 1;
                    statement.setString(index++, query.organizationId());
                    if (inStatuses) {
                        statement.setArray(index++, session.textArray(
                                query.statuses().stream().map(TicketStatus::name).toList()));
                    }
                    statement.setInt(index++, query.offset());
                    statement.setInt(index, query.limit());
                },
                JdbcTicketStore::read);
    }

    @Override
    public void addNote(TicketNoteRecord note) {
        // Checked first rather than left to the foreign key, so that the unit of work can go on.
        if (findById(note.ticketId()).isEmpty()) {
            throw new NotFoundException("ticket", note.ticketId());
        }
        session.update("add note " + note.id() + " to ticket " + note.ticketId(), INSERT_NOTE, statement -> {
            statement.setString(1, note.id());
            statement.setString(2, note.ticketId());
            statement.setString(3, note.authorName());
            statement.setString(4, note.visibility().name());
            statement.setString(5, note.origin().name());
            statement.setString(6, note.text());
            statement.setLong(7, EpochNanos.of(note.createdAt()));
        });
    }

    @Override
    public List<TicketNoteRecord> notes(String ticketId) {
        return session.query("read the notes of ticket " + ticketId, SELECT_NOTES,
                statement -> statement.setString(1, ticketId),
                row -> new TicketNoteRecord(
                        row.getString("id"),
                        row.getString("ticket_id"),
                        row.getString("author_name"),
                        TicketNoteRecord.Visibility.valueOf(row.getString("visibility")),
                        TicketNoteRecord.Origin.valueOf(row.getString("origin")),
                        row.getString("note_text"),
                        EpochNanos.toInstant(row.getLong("created_at_epoch_ns"))));
    }

    /** Binds every column from organization_id to updated_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, TicketRecord ticket) throws SQLException {
        int index = first;
        statement.setString(index++, ticket.organizationId());
        statement.setString(index++, ticket.reporterUserId());
        statement.setString(index++, ticket.kind().name());
        statement.setString(index++, ticket.status().name());
        statement.setString(index++, ticket.description());
        statement.setString(index++, ticket.context().screenId());
        statement.setString(index++, ticket.context().formId());
        statement.setString(index++, ticket.context().applicationVersion());
        statement.setString(index++, ticket.contact().name());
        statement.setString(index++, ticket.contact().email());
        statement.setString(index++, ticket.contact().phone());
        statement.setString(index++, ticket.contact().preferredMethod().name());
        statement.setLong(index++, EpochNanos.of(ticket.createdAt()));
        statement.setLong(index++, EpochNanos.of(ticket.updatedAt()));
        return index;
    }

    private static TicketRecord read(ResultSet row) throws SQLException {
        return new TicketRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("reporter_user_id"),
                TicketKind.valueOf(row.getString("kind")),
                TicketStatus.valueOf(row.getString("status")),
                row.getString("description"),
                new TicketContext(row.getString("screen_id"), row.getString("form_id"),
                        row.getString("application_version")),
                new TicketContact(row.getString("contact_name"), row.getString("contact_email"),
                        row.getString("contact_phone"),
                        TicketContact.ContactMethod.valueOf(row.getString("contact_method"))),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version"));
    }
}
