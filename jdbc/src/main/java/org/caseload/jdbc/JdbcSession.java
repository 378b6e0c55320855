// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.StorageSession;

/**
 * One unit of work: its connection (autocommit off), the thread that owns it, and the stores
 * bound to it. The stores run their statements through {@link #update} and {@link #query}, which
 * turn every {@link SQLException} into a {@link StorageException}.
 *
 * <p>A database error dooms the unit: PostgreSQL refuses every further statement of a transaction
 * after an error, so the unit is marked rollback-only on every database alike, and a unit that
 * catches the exception and returns normally still fails at commit.
 */
final class JdbcSession implements StorageSession {

    /** The SQLState of a unique or primary-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Binds the parameters of one element of a batch. */
    @FunctionalInterface
    interface BatchBinder<E> {
        void bind(PreparedStatement statement, E element) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Thread owner = Thread.currentThread();
    private final Map<Class<?>, Object> stores = new HashMap<>();
    private boolean open = true;
    private StorageException doomedBy;

    JdbcSession(Connection connection) {
        this.connection = connection;
    }

    /** The store of {@code storeType}, created on first use by its domain's factory (see {@link JdbcStoreDomain}). */
    @Override
    public <S> S store(Class<S> storeType) {
        Objects.requireNonNull(storeType, "storeType");
        Object store = stores.get(storeType);
        if (store == null) {
            Function<JdbcSession, ?> factory = JdbcStoreDomain.FACTORIES.get(storeType);
            if (factory == null) {
                throw new ConfigurationException("the JDBC storage has no store of type " + storeType.getName()
                        + ": it provides the store interfaces of the SPI only");
            }
            store = factory.apply(this);
            stores.put(storeType, store);
        }
        return storeType.cast(store);
    }

    /**
     * Runs an INSERT, UPDATE or DELETE.
     *
     * @param operation what the statement does, for the message of a failure; never personal data
     * @return the number of rows it changed
     */
    int update(String operation, String sql, Binder binder) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Runs one statement once per element of {@code batch}, in one round trip where the driver can. */
    <E> int[] updateEach(String operation, String sql, Collection<E> batch, BatchBinder<E> binder) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (E element : batch) {
                binder.bind(statement, element);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs a SELECT and reads every row.
     *
     * @param operation what the statement does, for the message of a failure; never personal data
     */
    <T> List<T> query(String operation, String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** A SQL array of text, for {@code column = ANY(?)}. */
    Array textArray(Collection<String> values) {
        try {
            return connection().createArrayOf("VARCHAR", values.toArray());
        } catch (SQLException e) {
            throw failure("create a parameter array", e);
        }
    }

    /** Commits, unless a storage failure has doomed the unit. */
    void commit() {
        if (doomedBy != null) {
            throw new StorageException("the unit of work was rolled back: a storage failure inside it ("
                    + doomedBy.getMessage() + ") was caught and the unit went on", doomedBy);
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StorageException("could not commit the unit of work", e);
        }
    }

    /** Rolls back after {@code failure}, keeping any rollback error beside it. */
    void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Ends the session and gives the connection back. Failures are not reported: the unit's
     * outcome is already decided, and a connection that cannot be reset is discarded by its pool.
     */
    void end() {
        open = false;
        try (Connection done = connection) {
            done.setAutoCommit(true);
        } catch (SQLException e) {
            // See above: nothing the caller could act on.
        }
    }

    private Connection connection() {
        if (!open) {
            throw new IllegalStateException("a store was used after its unit of work ended");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a store was used on " + Thread.currentThread().getName()
                    + ", not on the thread running its unit of work");
        }
        return connection;
    }

    private StorageException failure(String operation, SQLException cause) {
        String reason = UNIQUE_VIOLATION.equals(cause.getSQLState())
                ? "a record with the same id already exists"
                : "the database failed with SQLState " + cause.getSQLState();
        StorageException failure = new StorageException("could not " + operation + ": " + reason, cause);
        if (doomedBy == null) {
            doomedBy = failure;
        }
        return failure;
    }
}
