package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.CaseNoteRecord;
import org.caseload.spi.storage.CaseNoteStore;
import org.caseload.spi.storage.ClientHistoryQuery;

/** Case notes in the {@code case_note} table. */
final class JdbcCaseNoteStore implements CaseNoteStore {

    private static final String COLUMNS = "id, organization_id, client_id, enrollment_id, note_date, author_user_id,"
            + " author_name, regarding, note_text, read_only, created_at_epoch_ns, updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO case_note (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE case_note SET organization_id = ?, client_id = ?, enrollment_id = ?,"
            + " note_date = ?, author_user_id = ?, author_name = ?, regarding = ?, note_text = ?, read_only = ?,"
            + " created_at_epoch_ns = ?, updated_at_epoch_ns = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String DELETE = "DELETE FROM case_note WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM case_note WHERE id = ?";

    private static final String NEWEST_FIRST = " ORDER BY note_date DESC, created_at_epoch_ns DESC, id"
            + " FETCH FIRST ? ROWS ONLY";

    private static final String SELECT_BY_CLIENT = "SELECT " + COLUMNS + " FROM case_note WHERE client_id = ?"
            + NEWEST_FIRST;

    private static final String SELECT_BY_CLIENT_IN_ORGANIZATIONS = "SELECT " + COLUMNS + " FROM case_note"
            + " WHERE client_id = ? AND organization_id = ANY(?)" + NEWEST_FIRST;

    private final JdbcSession session;

    JdbcCaseNoteStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public CaseNoteRecord insert(CaseNoteRecord note) {
        CaseNoteRecord stored = note.withVersion(1);
        session.update("insert case note " + note.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            int next = bindContent(statement, 2, stored);
            statement.setLong(next, stored.version());
        });
        return stored;
    }

    @Override
    public CaseNoteRecord update(CaseNoteRecord note) {
        int changed = session.update("update case note " + note.id(), UPDATE, statement -> {
            int next = bindContent(statement, 1, note);
            statement.setString(next, note.id());
            statement.setLong(next + 1, note.version());
        });
        if (changed == 0) {
            throw missingOrChanged(note.id(), note.version());
        }
        return note.withVersion(note.version() + 1);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        int deleted = session.update("delete case note " + id, DELETE, statement -> {
            statement.setString(1, id);
            statement.setLong(2, expectedVersion);
        });
        if (deleted == 0) {
            throw missingOrChanged(id, expectedVersion);
        }
    }

    @Override
    public Optional<CaseNoteRecord> findById(String id) {
        return session.query("read case note " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcCaseNoteStore::read).stream().findFirst();
    }

    @Override
    public List<CaseNoteRecord> findByClient(ClientHistoryQuery query) {
        boolean inOrganizations = !query.organizationIds().isEmpty();
        return session.query("list the case notes of client " + query.clientId(),
                inOrganizations ? SELECT_BY_CLIENT_IN_ORGANIZATIONS : SELECT_BY_CLIENT,
                statement -> {
                    int index = 1;
                    statement.setString(index++, query.clientId());
                    if (inOrganizations) {
                        statement.setArray(index++, session.textArray(query.organizationIds()));
                    }
                    statement.setInt(index, query.limit());
                },
                JdbcCaseNoteStore::read);
    }

    private RuntimeException missingOrChanged(String id, long expectedVersion) {
        return findById(id).isPresent()
                ? new ConcurrentModificationException("caseNote", id, expectedVersion)
                : new NotFoundException("caseNote", id);
    }

    /** Binds every column from organization_id to updated_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, CaseNoteRecord note) throws SQLException {
        int index = first;
        statement.setString(index++, note.organizationId());
        statement.setString(index++, note.clientId());
        statement.setString(index++, note.enrollmentId());
        statement.setObject(index++, note.noteDate(), Types.DATE);
        statement.setString(index++, note.authorUserId());
        statement.setString(index++, note.authorName());
        statement.setString(index++, note.regarding());
        statement.setString(index++, note.text());
        statement.setBoolean(index++, note.readOnly());
        statement.setLong(index++, EpochNanos.of(note.createdAt()));
        statement.setLong(index++, EpochNanos.of(note.updatedAt()));
        return index;
    }

    private static CaseNoteRecord read(ResultSet row) throws SQLException {
        return new CaseNoteRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("client_id"),
                row.getString("enrollment_id"),
                row.getObject("note_date", LocalDate.class),
                row.getString("author_user_id"),
                row.getString("author_name"),
                row.getString("regarding"),
                row.getString("note_text"),
                row.getBoolean("read_only"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version"));
    }
}
