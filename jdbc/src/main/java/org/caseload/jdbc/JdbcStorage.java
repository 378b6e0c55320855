// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A {@link Storage} in a relational database over JDBC: an embedded H2 database by default,
 * PostgreSQL for deployments. Several instances, in one JVM or on several application nodes, may
 * share one database.
 *
 * <p>Creating a storage brings the database's schema to this library's version (Flyway, with the
 * SQL migrations under {@code db/caseload-schema/}); a database whose schema a newer release has
 * already upgraded is refused with a {@link ConfigurationException}, so an old node never writes to it.
 *
 * <p>Each outermost {@link #inTransaction} takes one connection from the data source, turns
 * autocommit off, and commits when the work returns or rolls back when it throws; a unit started
 * inside another on the same thread joins it. Isolation is the connection's, which should stay at
 * READ COMMITTED (the default of H2 and PostgreSQL): optimistic locking with a version column and
 * row locks on the outbox do the rest. A database error inside a unit surfaces as a
 * {@link StorageException} with the driver's exception as its cause, and dooms the unit even if
 * the work catches it.
 *
 * <p>Thread-safe. No argument may be null. {@link #close} releases what the storage itself opened
 * (the H2 connection pool of {@code embedded} and {@link #inMemory}); a data source given to
 * {@link #create} stays the host's to close.
 */
public final class JdbcStorage implements Storage, AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final DataSource dataSource;
    private final Runnable releaseOwnedResources;
    private final ThreadLocal<JdbcSession> current = new ThreadLocal<>();
    private volatile boolean closed;

    private JdbcStorage(DataSource dataSource, Runnable releaseOwnedResources) {
        this.dataSource = dataSource;
        this.releaseOwnedResources = releaseOwnedResources;
    }

    /**
     * A storage in the database of a host's data source, such as a pooled PostgreSQL
     * {@code DataSource}. The schema is migrated before this returns.
     *
     * @param dataSource connections to H2 2.x or PostgreSQL; a pooling one is strongly advised,
     *                   since every unit of work takes a connection
     * @throws ConfigurationException when the database is neither H2 nor PostgreSQL, Flyway's support
     *                                for PostgreSQL ({@code org.flywaydb:flyway-database-postgresql}) is
     *                                missing for a PostgreSQL database, or the schema is newer than this
     *                                library or does not match its history
     * @throws StorageException       when the database cannot be reached or the migration fails
     */
    public static JdbcStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        // The host's data source is the host's to close.
        return open(dataSource, () -> { });
    }

    /**
     * A storage in an H2 database file kept in {@code folder} (created when missing), for a host on
     * a single node that needs no database server: the embedded default. The database is created
     * for the user {@code caseload} with this password, and opens with it alone. Where
     * the file system has POSIX permissions, the folder and the database's files are given to their
     * owner alone ({@code rwx------} and {@code rw-------}), each time the storage opens. The storage
     * pools its own connections.
     *
     * <p>The file itself is in clear text unless {@link EmbeddedOption#FILE_CIPHER} is given, which
     * encrypts it under the password: then a copy of the file, a backup or a stolen disk reveal
     * nothing without it.
     *
     * @param folder   where the database's files are kept; the folder is the database's
     * @param password at least one character other than white space; copied, so the caller may
     *                 clear the array once this returns
     * @param options  how the file is kept and closed; none for a file in clear text that H2 closes
     *                 when the JVM shuts down
     * @throws IllegalArgumentException when the password is empty or blank, or holds a space with
     *                                  the file cipher, or the folder's path contains a semicolon,
     *                                  which H2's connection URL cannot carry
     * @throws ConfigurationException   when the password is not the database's, the database was
     *                                  created with the other cipher setting, H2
     *                                  ({@code com.h2database:h2}) is not on the class path or module
     *                                  path, the folder cannot be created or given to its owner, or
     *                                  the schema is newer than this library
     * @throws StorageException         when the database cannot be opened, for example because
     *                                  another process has it open
     */
    public static JdbcStorage embedded(Path folder, char[] password, EmbeddedOption... options) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(password, "password");
        boolean fileCipher = false;
        boolean closedByHost = false;
        for (EmbeddedOption option : Objects.requireNonNull(options, "options")) {
            fileCipher |= Objects.requireNonNull(option, "option") == EmbeddedOption.FILE_CIPHER;
            closedByHost |= option == EmbeddedOption.CLOSED_BY_HOST;
        }
        char[] h2Password = EmbeddedDatabase.h2Password(password, fileCipher);
        EmbeddedDatabase database;
        H2ConnectionPool pool;
        try {
            database = EmbeddedDatabase.prepare(folder, fileCipher);
            pool = H2ConnectionPool.open(closedByHost ? database.urlClosedByHost() : database.url(),
                    EmbeddedDatabase.USER, h2Password, "JdbcStorage.embedded",
                    JdbcStorage.class.getClassLoader());
        } finally {
            Arrays.fill(h2Password, '\0');
        }
        try {
            database.checkConnection(pool.dataSource());
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        JdbcStorage storage = open(pool.dataSource(), pool::dispose);
        try {
            database.restrictToOwner();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return storage;
    }

    /**
     * A storage in an H2 database file kept in {@code folder} (created when missing), for the user
     * {@code sa} with no password and in clear text. The folder and its files are given to their
     * owner alone, as with {@link #embedded(Path, char[], EmbeddedOption...)}.
     *
     * @param folder where the database's files are kept
     * @throws IllegalArgumentException when the folder's path contains a semicolon, which H2's
     *                                  connection URL cannot carry
     * @throws ConfigurationException   when H2 ({@code com.h2database:h2}) is not on the class path
     *                                  or module path, the folder cannot be created or the schema is
     *                                  newer than this library
     * @throws StorageException         when the database cannot be opened, for example because
     *                                  another process has it open
     * @deprecated anyone who can read the file reads every record, and anyone who can reach it opens
     *             it: use {@link #embedded(Path, char[], EmbeddedOption...)} with a password (and
     *             {@link EmbeddedOption#FILE_CIPHER})
     */
    @Deprecated
    public static JdbcStorage embedded(Path folder) {
        EmbeddedDatabase database = EmbeddedDatabase.prepare(Objects.requireNonNull(folder, "folder"), false);
        JdbcStorage storage = openPool(database.url(), "JdbcStorage.embedded");
        database.restrictToOwner();
        return storage;
    }

    /**
     * A storage in an H2 in-memory database, for tests and demos. The database lives as long as the
     * JVM: storages made with the same name share it; closing a storage keeps it.
     *
     * @param name letters, digits, '_' or '-', at most 64 characters
     * @throws IllegalArgumentException when the name has any other character
     * @throws ConfigurationException   when H2 ({@code com.h2database:h2}) is not on the class path
     *                                  or module path
     */
    public static JdbcStorage inMemory(String name) {
        if (!DATABASE_NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException(
                    "an in-memory database name has 1 to 64 letters, digits, '_' or '-', was \"" + name + "\"");
        }
        return openPool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "JdbcStorage.inMemory");
    }

    private static JdbcStorage openPool(String url, String caller) {
        H2ConnectionPool pool = H2ConnectionPool.open(url, caller, JdbcStorage.class.getClassLoader());
        return open(pool.dataSource(), pool::dispose);
    }

    private static JdbcStorage open(DataSource dataSource, Runnable releaseOwnedResources) {
        try {
            Dialect dialect = dialectOf(dataSource);
            dialect.requireFlywaySupport(JdbcStorage.class.getClassLoader());
            new SchemaMigration(dataSource, dialect).migrate();
        } catch (RuntimeException e) {
            releaseOwnedResources.run();
            throw e;
        }
        return new JdbcStorage(dataSource, releaseOwnedResources);
    }

    private static Dialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.ofProduct(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StorageException("could not connect to the database", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException      when no connection can be had, or the commit fails
     * @throws IllegalStateException when this storage is closed
     */
    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        Objects.requireNonNull(work, "work");
        JdbcSession joined = current.get();
        if (joined != null) {
            return work.run(joined);
        }
        JdbcSession session = begin();
        current.set(session);
        try {
            T result = work.run(session);
            session.commit();
            return result;
        } catch (Throwable failure) {
            session.rollbackAfter(failure);
            throw failure;
        } finally {
            current.remove();
            session.end();
        }
    }

    /**
     * True: a database outlives the process (an H2 in-memory database too may be shared by several
     * runtimes), so a runtime on it needs the host's {@code KeyProvider}.
     */
    @Override
    public boolean durable() {
        return true;
    }

    private JdbcSession begin() {
        if (closed) {
            throw new IllegalStateException("this JdbcStorage is closed");
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageException("could not get a connection to begin a unit of work", e);
        }
        try {
            connection.setAutoCommit(false);
            return new JdbcSession(connection);
        } catch (SQLException e) {
            StorageException failure = new StorageException("could not begin a unit of work", e);
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    /**
     * Refuses new units of work and releases the connection pool this storage opened, if any;
     * units of work already running finish first. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            releaseOwnedResources.run();
        }
    }
}
