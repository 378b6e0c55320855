// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.spi.storage.hmis.HmisRecordStore;

/**
 * The rows of HMIS CSV exports, in the {@code hmis_record} table. A row's values are one text: each
 * column and its value, separated by a tab, each pair ended by a line break, with backslash, tab and
 * line breaks escaped ({@code \\}, {@code \t}, {@code \n}, {@code \r}), so that the text keeps the
 * columns' order and any value exactly.
 */
final class JdbcHmisRecordStore implements HmisRecordStore {

    private static final String COLUMNS = "file_name, record_id, personal_id, project_id, enrollment_id, record_date,"
            + " spec_version, values_text";
    private static final String DELETE = "DELETE FROM hmis_record WHERE file_name = ? AND record_id = ?";
    private static final String INSERT = "INSERT INTO hmis_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM hmis_record WHERE file_name = ? AND record_id = ?";
    // Ordered by the whole primary key, not the id alone: H2 reads a page off the key's index only then,
    // where ordering by the id sorts every row after the page's start, each page again.
    private static final String PAGE = "SELECT " + COLUMNS + " FROM hmis_record WHERE file_name = ? AND record_id > ?"
            + " ORDER BY file_name, record_id FETCH FIRST ? ROWS ONLY";
    private static final String PAGE_OF_PROJECTS = "SELECT " + COLUMNS + " FROM hmis_record WHERE file_name = ?"
            + " AND record_id > ? AND project_id = ANY(?) ORDER BY file_name, record_id FETCH FIRST ? ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*) FROM hmis_record WHERE file_name = ?";

    private final JdbcSession session;

    JdbcHmisRecordStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void put(Collection<HmisRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        session.updateEach("replace HMIS records", DELETE, records, (statement, record) -> {
            statement.setString(1, record.file());
            statement.setString(2, record.recordId());
        });
        session.updateEach("store HMIS records", INSERT, records, (statement, record) -> {
            statement.setString(1, record.file());
            statement.setString(2, record.recordId());
            statement.setString(3, record.personalId());
            statement.setString(4, record.projectId());
            statement.setString(5, record.enrollmentId());
            if (record.date() == null) {
                statement.setNull(6, Types.DATE);
            } else {
                statement.setDate(6, Date.valueOf(record.date()));
            }
            statement.setString(7, record.version());
            statement.setString(8, encode(record.values()));
        });
    }

    @Override
    public Optional<HmisRecord> find(String file, String recordId) {
        return session.query("find an HMIS record", FIND, statement -> {
            statement.setString(1, file);
            statement.setString(2, recordId);
        }, JdbcHmisRecordStore::read).stream().findFirst();
    }

    @Override
    public List<HmisRecord> page(String file, Collection<String> projectIds, String afterRecordId, int limit) {
        // Every id comes after the empty text.
        String after = afterRecordId == null ? "" : afterRecordId;
        if (projectIds.isEmpty()) {
            return session.query("read HMIS records", PAGE, statement -> {
                statement.setString(1, file);
                statement.setString(2, after);
                statement.setInt(3, limit);
            }, JdbcHmisRecordStore::read);
        }
        return session.query("read HMIS records of projects", PAGE_OF_PROJECTS, statement -> {
            statement.setString(1, file);
            statement.setString(2, after);
            statement.setArray(3, session.textArray(projectIds));
            statement.setInt(4, limit);
        }, JdbcHmisRecordStore::read);
    }

    @Override
    public long count(String file) {
        return session.query("count HMIS records", COUNT, statement -> statement.setString(1, file),
                row -> row.getLong(1)).get(0);
    }

    private static HmisRecord read(ResultSet row) throws SQLException {
        Date date = row.getDate("record_date");
        return new HmisRecord(row.getString("file_name"), row.getString("record_id"), row.getString("personal_id"),
                row.getString("project_id"), row.getString("enrollment_id"), date == null ? null : date.toLocalDate(),
                row.getString("spec_version"), decode(row.getString("values_text")));
    }

    static String encode(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((column, value) -> {
            escape(column, text);
            text.append('\t');
            escape(value, text);
            text.append('\n');
        });
        return text.toString();
    }

    private static void escape(String text, StringBuilder into) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> into.append("\\\\");
                case '\t' -> into.append("\\t");
                case '\n' -> into.append("\\n");
                case '\r' -> into.append("\\r");
                default -> into.append(c);
            }
        }
    }

    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder field = new StringBuilder();
        String column = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(++i);
                field.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            } else if (c == '\t' && column == null) {
                column = field.toString();
                field.setLength(0);
            } else if (c == '\n' && column != null) {
                values.put(column, field.toString());
                column = null;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (column != null || field.length() > 0) {
            throw new StorageException("an HMIS record's values are not in the stored form: the text ends inside a pair");
        }
        return values;
    }
}
