// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /** Binds the content columns of a record from parameter {@code first}; returns the next index. */
    @FunctionalInterface
    interface ContentBinder<R> {
        int bind(PreparedStatement statement, int first, R record) throws SQLException;
    }

    private final JdbcSession session;
    private final String recordType;
    private final String described;
    private final Function<R, String> idOf;
    private final ToLongFunction<R> versionOf;
    private final ContentBinder<R> binder;
    private final JdbcSession.RowReader<R> reader;
    private final String insert;
    private final String update;
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
                       ToLongFunction<R> versionOf, ContentBinder<R> binder, JdbcSession.RowReader<R> reader) {
        this.session = session;
        this.recordType = recordType;
        this.described = described;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.binder = binder;
        this.reader = reader;
        String columns = "id, " + String.join(", ", contentColumns) + ", version";
        String newestFirst = " ORDER BY " + dateColumn + " DESC, created_at_epoch_ns DESC, id FETCH FIRST ? ROWS ONLY";
        this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(contentColumns.size() + 2, "?")) + ")";
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", contentColumns)
                + " = ?, version = version + 1 WHERE id = ? AND version = ?";
        this.delete = "DELETE FROM " + table + " WHERE id = ? AND version = ?";
        this.selectById = "SELECT " + columns + " FROM " + table + " WHERE id = ?";
        this.selectByClient = "SELECT " + columns + " FROM " + table + " WHERE client_id = ?" + newestFirst;
        this.selectByClientInOrganizations = "SELECT " + columns + " FROM " + table
                + " WHERE client_id = ? AND organization_id = ANY(?)" + newestFirst;
    }

    /** Inserts a record that already carries its first version. */
    void insert(R record) {
        session.update("insert " + described + " " + idOf.apply(record), insert, statement -> {
            statement.setString(1, idOf.apply(record));
            int next = binder.bind(statement, 2, record);
            statement.setLong(next, versionOf.applyAsLong(record));
        });
    }

    /** Replaces the record stored at {@code record}'s version, or says why it could not. */
    void update(R record) {
        String id = idOf.apply(record);
        long version = versionOf.applyAsLong(record);
        int changed = session.update("update " + described + " " + id, update, statement -> {
            int next = binder.bind(statement, 1, record);
            statement.setString(next, id);
            statement.setLong(next + 1, version);
        });
        VersionedRows.requireChanged(changed, recordType, id, version, () -> findById(id).isPresent());
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
