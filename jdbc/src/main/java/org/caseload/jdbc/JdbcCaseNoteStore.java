// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.CaseNoteStore;

/** Case notes in the {@code case_note} table. */
final class JdbcCaseNoteStore extends ClientHistoryStore<CaseNoteRecord> implements CaseNoteStore {

    JdbcCaseNoteStore(JdbcSession session) {
        super(new ClientHistoryTable<>(session, "caseNote", "case note", "case_note", List.of(
                "organization_id", "client_id", "enrollment_id", "note_date", "author_user_id",
                "author_name", "regarding", "note_text", "read_only", "created_at_epoch_ns",
                "updated_at_epoch_ns"),
                "note_date", CaseNoteRecord::id, CaseNoteRecord::version,
                JdbcCaseNoteStore::bindContent, JdbcCaseNoteStore::read),
                CaseNoteRecord::withVersion, "case notes of client");
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
