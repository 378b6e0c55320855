// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.tickets.TicketContact;
import org.caseload.spi.storage.tickets.TicketContext;
import org.caseload.spi.storage.tickets.TicketIdempotencyKey;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketScreenshotRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.storage.tickets.TicketStore;

/**
 * Tickets in the {@code ticket} table, their notes in {@code ticket_note} in the order added, their
 * screenshots in {@code ticket_screenshot}. The queue's statement is put together from the
 * criteria a query names ({@link TicketQuerySql}).
 */
final class JdbcTicketStore implements TicketStore {

    static final String COLUMNS = "id, organization_id, reporter_user_id, kind, status, description,"
            + " screen_id, form_id, record_reference, application_version, user_agent, contact_name, contact_email,"
            + " contact_phone, contact_method, screenshot_media_type, idempotency_key, idempotency_fingerprint,"
            + " assignee_user_id, resolution, created_at_epoch_ns, updated_at_epoch_ns, status_changed_at_epoch_ns,"
            + " escalation_round, with_vendor, version";

    private static final String INSERT = "INSERT INTO ticket (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE ticket SET organization_id = ?, reporter_user_id = ?, kind = ?,"
            + " status = ?, description = ?, screen_id = ?, form_id = ?, record_reference = ?,"
            + " application_version = ?, user_agent = ?, contact_name = ?, contact_email = ?, contact_phone = ?,"
            + " contact_method = ?, screenshot_media_type = ?, idempotency_key = ?, idempotency_fingerprint = ?,"
            + " assignee_user_id = ?, resolution = ?, created_at_epoch_ns = ?, updated_at_epoch_ns = ?,"
            + " status_changed_at_epoch_ns = ?, escalation_round = ?, with_vendor = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM ticket WHERE id = ?";

    private static final String SELECT_BY_IDEMPOTENCY_KEY = "SELECT " + COLUMNS + " FROM ticket"
            + " WHERE organization_id = ? AND idempotency_key = ?";

    private static final String LONGEST_IN_STATUS = "SELECT " + COLUMNS + " FROM ticket"
            + " WHERE status = ? AND status_changed_at_epoch_ns <= ?"
            + " ORDER BY status_changed_at_epoch_ns, id FETCH FIRST ? ROWS ONLY";

    private static final String NOTE_COLUMNS = "id, ticket_id, author_name, visibility, origin, note_text,"
            + " created_at_epoch_ns";

    private static final String INSERT_NOTE = "INSERT INTO ticket_note (" + NOTE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_NOTES = "SELECT " + NOTE_COLUMNS + " FROM ticket_note WHERE ticket_id = ?"
            + " ORDER BY added_seq";

    private static final String INSERT_SCREENSHOT = "INSERT INTO ticket_screenshot (ticket_id, media_type, content)"
            + " VALUES (?, ?, ?)";

    private static final String SELECT_SCREENSHOT = "SELECT ticket_id, media_type, content FROM ticket_screenshot"
            + " WHERE ticket_id = ?";

    private final JdbcSession session;
    private final VersionedRowWrites<TicketRecord> writes;

    JdbcTicketStore(JdbcSession session) {
        this.session = session;
        this.writes = new VersionedRowWrites<>(session, "ticket", "ticket", INSERT, UPDATE,
                JdbcTicketStore::bindContent,
                TicketRecord::id, TicketRecord::version, id -> findById(id).isPresent());
    }

    @Override
    public TicketRecord insert(TicketRecord ticket) {
        // Checked first for a clear message; the unique index still settles a race between nodes.
        if (ticket.idempotencyKey() != null
                && findByIdempotencyKey(ticket.organizationId(), ticket.idempotencyKey().key()).isPresent()) {
            throw new StorageException("could not insert ticket " + ticket.id() + ": a ticket of organization "
                    + ticket.organizationId() + " with the same idempotency key already exists");
        }
        TicketRecord stored = ticket.withVersion(1);
        writes.insert(stored);
        return stored;
    }

    @Override
    public TicketRecord update(TicketRecord ticket) {
        writes.update(ticket);
        return ticket.withVersion(ticket.version() + 1);
    }

    @Override
    public Optional<TicketRecord> findById(String id) {
        return session.query("read ticket " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcTicketStore::read).stream().findFirst();
    }

    @Override
    public List<TicketRecord> find(TicketQuery query) {
        TicketQuerySql sql = TicketQuerySql.of(query);
        return session.query("list the tickets of organization " + query.organizationId(), sql.text(),
                statement -> sql.bind(statement, session), JdbcTicketStore::read);
    }

    @Override
    public void addNote(TicketNoteRecord note) {
        // Checked first rather than left to the foreign key, so that the unit of work can go on.
        requireTicket(note.ticketId());
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

    @Override
    public Optional<TicketRecord> findByIdempotencyKey(String organizationId, String key) {
        return session.query("find a ticket of organization " + organizationId + " by idempotency key",
                SELECT_BY_IDEMPOTENCY_KEY, statement -> {
                    statement.setString(1, organizationId);
                    statement.setString(2, key);
                }, JdbcTicketStore::read).stream().findFirst();
    }

    @Override
    public List<TicketRecord> findInStatusEnteredBy(TicketStatus status, Instant cutoff, int limit) {
        return session.query("find the tickets longest in status " + status, LONGEST_IN_STATUS, statement -> {
            statement.setString(1, status.name());
            statement.setLong(2, EpochNanos.of(cutoff));
            statement.setInt(3, limit);
        }, JdbcTicketStore::read);
    }

    @Override
    public void putScreenshot(TicketScreenshotRecord screenshot) {
        requireTicket(screenshot.ticketId());
        session.update("keep the screenshot of ticket " + screenshot.ticketId(), INSERT_SCREENSHOT, statement -> {
            statement.setString(1, screenshot.ticketId());
            statement.setString(2, screenshot.mediaType());
            statement.setBytes(3, screenshot.content());
        });
    }

    @Override
    public Optional<TicketScreenshotRecord> screenshot(String ticketId) {
        return session.query("read the screenshot of ticket " + ticketId, SELECT_SCREENSHOT,
                statement -> statement.setString(1, ticketId),
                row -> new TicketScreenshotRecord(row.getString("ticket_id"), row.getString("media_type"),
                        row.getBytes("content"))).stream().findFirst();
    }

    private void requireTicket(String ticketId) {
        if (findById(ticketId).isEmpty()) {
            throw new NotFoundException("ticket", ticketId);
        }
    }

    /** Binds every column from organization_id to with_vendor; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, TicketRecord ticket) throws SQLException {
        int index = first;
        statement.setString(index++, ticket.organizationId());
        statement.setString(index++, ticket.reporterUserId());
        statement.setString(index++, ticket.kind().name());
        statement.setString(index++, ticket.status().name());
        statement.setString(index++, ticket.description());
        TicketContext context = ticket.context();
        statement.setString(index++, context.screenId());
        statement.setString(index++, context.formId());
        statement.setString(index++, context.recordReference());
        statement.setString(index++, context.applicationVersion());
        statement.setString(index++, context.userAgent());
        statement.setString(index++, ticket.contact().name());
        statement.setString(index++, ticket.contact().email());
        statement.setString(index++, ticket.contact().phone());
        statement.setString(index++, ticket.contact().preferredMethod().name());
        statement.setString(index++, ticket.screenshotMediaType());
        TicketIdempotencyKey key = ticket.idempotencyKey();
        statement.setString(index++, key == null ? null : key.key());
        statement.setString(index++, key == null ? null : key.fingerprint());
        statement.setString(index++, ticket.assigneeUserId());
        statement.setString(index++, ticket.resolution());
        statement.setLong(index++, EpochNanos.of(ticket.createdAt()));
        statement.setLong(index++, EpochNanos.of(ticket.updatedAt()));
        statement.setLong(index++, EpochNanos.of(ticket.statusChangedAt()));
        statement.setInt(index++, ticket.escalationRound());
        statement.setBoolean(index++, ticket.withVendor());
        return index;
    }

    private static TicketRecord read(ResultSet row) throws SQLException {
        String idempotencyKey = row.getString("idempotency_key");
        return new TicketRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("reporter_user_id"),
                TicketKind.valueOf(row.getString("kind")),
                TicketStatus.valueOf(row.getString("status")),
                row.getString("description"),
                new TicketContext(row.getString("screen_id"), row.getString("form_id"),
                        row.getString("record_reference"), row.getString("application_version"),
                        row.getString("user_agent")),
                new TicketContact(row.getString("contact_name"), row.getString("contact_email"),
                        row.getString("contact_phone"),
                        TicketContact.ContactMethod.valueOf(row.getString("contact_method"))),
                row.getString("screenshot_media_type"),
                idempotencyKey == null ? null
                        : new TicketIdempotencyKey(idempotencyKey, row.getString("idempotency_fingerprint")),
                row.getString("assignee_user_id"),
                row.getString("resolution"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("status_changed_at_epoch_ns")),
                row.getLong("version"),
                row.getInt("escalation_round"),
                row.getBoolean("with_vendor"));
    }
}
