// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run against, named by the environment: {@code CASELOAD_PG_URL}
 * (such as {@code jdbc:postgresql://127.0.0.1:55432/caseload}), {@code CASELOAD_PG_USER} and
 * {@code CASELOAD_PG_PASSWORD}. Without them the PostgreSQL tests are skipped, and say so on
 * standard error; with {@code CASELOAD_REQUIRE_POSTGRES=true} (as CI sets it) they fail instead.
 *
 * <p>Each test works in a schema of its own, created empty and dropped afterwards.
 */
final class PostgresTestDatabase {

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private final String url;
    private final String user;
    private final String password;

    private PostgresTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The configured server; otherwise aborts (or, when PostgreSQL is required, fails) the caller. */
    static PostgresTestDatabase fromEnvironment(Class<?> testClass) {
        if (!isConfigured()) {
            String message = missingServerMessage(testClass);
            if (isRequired()) {
                fail(message + "; CASELOAD_REQUIRE_POSTGRES=true forbids skipping them");
            }
            announceSkip(message);
            abort(message);
        }
        return new PostgresTestDatabase(System.getenv("CASELOAD_PG_URL"), System.getenv("CASELOAD_PG_USER"),
                System.getenv("CASELOAD_PG_PASSWORD"));
    }

    /** Says on standard error, once per message, that tests are skipped. */
    static void announceSkip(String message) {
        if (ANNOUNCED.add(message)) {
            System.err.println("*** SKIPPED *** " + message);
        }
    }

    /** Whether the environment names a server. */
    static boolean isConfigured() {
        String url = System.getenv("CASELOAD_PG_URL");
        return url != null && !url.isBlank();
    }

    /** Whether the PostgreSQL tests must run, as in CI. */
    static boolean isRequired() {
        return Boolean.parseBoolean(System.getenv("CASELOAD_REQUIRE_POSTGRES"));
    }

    /** Why the tests of {@code testClass} cannot run, when no server is configured. */
    static String missingServerMessage(Class<?> testClass) {
        return testClass.getSimpleName() + ": CASELOAD_PG_URL is not set, so the PostgreSQL tests cannot run"
                + " (set CASELOAD_PG_URL, CASELOAD_PG_USER and CASELOAD_PG_PASSWORD, or run .ci/run)";
    }

    /** A new, empty schema on the server. */
    Schema createSchema() {
        String name = "caseload_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + name);
        return new Schema(name);
    }

    /** Connections to the server's default schema, for statements outside any storage. */
    PGSimpleDataSource adminDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private void execute(String sql) {
        try (Connection connection = adminDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run \"" + sql + "\" on " + url, e);
        }
    }

    /** One test's schema, dropped with everything in it by {@link #close()}. */
    final class Schema implements AutoCloseable {
        private final String name;
        private final List<JdbcConnectionPool> pools = new ArrayList<>();

        private Schema(String name) {
            this.name = name;
        }

        /**
         * A new pool of connections working in this schema. The tests pool with H2's small pool, as
         * a host would with its own; the storage itself only sees a {@link DataSource}.
         */
        DataSource newPool() {
            PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
            connections.setURL(url);
            connections.setUser(user);
            connections.setPassword(password);
            connections.setCurrentSchema(name);
            JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
            pool.setMaxConnections(20);
            pools.add(pool);
            return pool;
        }

        /** Unpooled connections working in this schema: each one is opened for its caller alone. */
        PGSimpleDataSource newUnpooled() {
            PGSimpleDataSource dataSource = adminDataSource();
            dataSource.setCurrentSchema(name);
            return dataSource;
        }

        @Override
        public void close() {
            pools.forEach(JdbcConnectionPool::dispose);
            execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
