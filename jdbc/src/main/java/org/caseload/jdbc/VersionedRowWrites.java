// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The insert and the optimistic update of a table of versioned rows keyed by a text id, written the
 * same way by every such store: the insert binds the id, the content columns, then the version; the
 * update sets the content columns and ends with {@code WHERE id = ? AND version = ?}. Each store
 * keeps its own SQL and its own binding of the content columns.
 *
 * @param <R> the record stored in one row
 */
final class VersionedRowWrites<R> {

    /** Binds a record's content columns from {@code first} on; returns the next parameter index. */
    @FunctionalInterface
    interface ContentBinder<R> {
        int bind(PreparedStatement statement, int first, R row) throws SQLException;
    }

    private final JdbcSession session;
    private final String described;
    private final String recordType;
    private final String insertSql;
    private final String updateSql;
    private final ContentBinder<R> content;
    private final Function<R, String> id;
    private final ToLongFunction<R> version;
    private final Predicate<String> exists;

    /**
     * @param described  the record as named in operation descriptions, such as {@code sharing agreement}
     * @param recordType the record type named in the exceptions, such as {@code sharingAgreement}
     * @param exists     whether a row with an id exists now, asked only when an update changed nothing
     */
    VersionedRowWrites(JdbcSession session, String described, String recordType, String insertSql, String updateSql,
            ContentBinder<R> content, Function<R, String> id, ToLongFunction<R> version, Predicate<String> exists) {
        this.session = session;
        this.described = described;
        this.recordType = recordType;
        this.insertSql = insertSql;
        this.updateSql = updateSql;
        this.content = content;
        this.id = id;
        this.version = version;
        this.exists = exists;
    }

    /** Inserts a record that already carries the version it is stored with. */
    void insert(R stored) {
        String key = id.apply(stored);
        session.update("insert " + described + " " + key, insertSql, statement -> {
            statement.setString(1, key);
            int next = content.bind(statement, 2, stored);
            statement.setLong(next, version.applyAsLong(stored));
        });
    }

    /** Updates the row of the version the caller read; throws when it is gone or newer. */
    void update(R row) {
        String key = id.apply(row);
        long read = version.applyAsLong(row);
        int changed = session.update("update " + described + " " + key, updateSql, statement -> {
            int next = content.bind(statement, 1, row);
            statement.setString(next, key);
            statement.setLong(next + 1, read);
        });
        VersionedRows.requireChanged(changed, recordType, key, read, () -> exists.test(key));
    }
}
