// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/**
 * One table of versioned records that belong to a client and are listed newest first (case notes,
 * services delivered): the SQL and the optimistic-locking rules such stores share. The table's
 * columns are {@code id}, the content columns in binding order, then {@code version}; the content
 * columns include {@code organization_id}, {@code client_id} and {@code created_at_epoch_ns}.
 */
final class ClientHistoryTable<R> {

    private final JdbcSession session;
    private final String recordType;
    private final String described;
    private final ToLongFunction<R> versionOf;
    private final JdbcSession.RowReader<R> reader;
    private final VersionedRowWrites<R> writes;
    private final String delete;
    private final String selectById;
    private final String selectByClient;
    private final String selectByClientInOrganizations;

    /**
     * @param recordType     the record type named in exceptions, such as {@code caseNote}
     * @param described      the record in operation descriptions, such as {@code case note}
     * @param table          the table name
     * @param contentColumns every column but {@code id} and {@code version}, in binding order
     * @param dateColumn     the date a client's records are listed by, newest first
     */
    ClientHistoryTable(JdbcSession session, String recordType, String described, String table,
                       List<String> contentColumns, String dateColumn, Function<R, String> idOf,
                       ToLongFunction<R> versionOf, VersionedRowWrites.ContentBinder<R> binder,
                       JdbcSession.RowReader<R> reader) {
        this.session = session;
        this.recordType = recordType;
        this.described = described;
        this.versionOf = versionOf;
        this.reader = reader;
        String columns = "id, " + String.join(", ", contentColumns) + ", version";
        String newestFirst = " ORDER BY " + dateColumn + " DESC, created_at_epoch_ns DESC, id FETCH FIRST ? ROWS ONLY";
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(contentColumns.size() + 2, "?")) + ")";
        String update = "UPDATE " + table + " SET " + String.join(" = ?, ", contentColumns)
                + " = ?, version = version + 1 WHERE id = ? AND version = ?";
        this.writes = new VersionedRowWrites<>(session, described, recordType, insert, update, binder, idOf, versionOf,
                id -> findById(id).isPresent());
        this.delete = "DELETE FROM " + table + " WHERE id = ? AND version = ?";
        this.selectById = "SELECT " + columns + " FROM " + table + " WHERE id = ?";
        this.selectByClient = "SELECT " + columns + " FROM " + table + " WHERE client_id = ?" + newestFirst;
        this.selectByClientInOrganizations = "SELECT " + columns + " FROM " + table
                + " WHERE client_id = ? AND organization_id = ANY(?)" + newestFirst;
    }

    /** Inserts a record that already carries its first version. */
    void insert(R record) {
        writes.insert(record);
    }

    /** Replaces the record stored at {@code record}'s version, or says why it could not. */
    void update(R record) {
        writes.update(record);
    }

    void delete(String id, long expectedVersion) {
        int deleted = session.update("delete " + described + " " + id, delete, statement -> {
            statement.setString(1, id);
            statement.setLong(2, expectedVersion);
        });
        VersionedRows.requireChanged(deleted, recordType, id, expectedVersion, () -> findById(id).isPresent());
    }

    long versionOf(R record) {
        return versionOf.applyAsLong(record);
    }

    Optional<R> findById(String id) {
        return session.query("read " + described + " " + id, selectById, statement -> statement.setString(1, id),
                reader).stream().findFirst();
    }

    List<R> findByClient(ClientHistoryQuery query, String operation) {
        boolean inOrganizations = !query.organizationIds().isEmpty();
        return session.query(operation, inOrganizations ? selectByClientInOrganizations : selectByClient,
                statement -> {
                    int index = 1;
                    statement.setString(index++, query.clientId());
                    if (inOrganizations) {
                        statement.setArray(index++, session.textArray(query.organizationIds()));
                    }
                    statement.setInt(index, query.limit());
                },
                reader);
    }
}
