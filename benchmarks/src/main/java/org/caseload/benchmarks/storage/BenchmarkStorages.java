// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.storage.Storage;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The storages the storage benchmark compares: in-memory (the baseline), embedded H2 in a new
 * temporary folder, and PostgreSQL in a new schema of the server named by {@code CASELOAD_PG_URL},
 * {@code CASELOAD_PG_USER} and {@code CASELOAD_PG_PASSWORD}.
 */
public enum BenchmarkStorages {
    MEMORY {
        @Override
        public Storage open() {
            return new InMemoryStorage();
        }
    },
    H2 {
        @Override
        public Storage open() {
            try {
                // A password, in clear text like the figures measured before the file cipher existed.
                return JdbcStorage.embedded(Files.createTempDirectory("caseload-bench-h2"),
                        "benchmark-Password-1".toCharArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    POSTGRESQL {
        @Override
        public Storage open() {
            return postgresql("bench_" + System.nanoTime());
        }
    };

    /** A new, empty storage of this kind. */
    public abstract Storage open();

    /**
     * PostgreSQL in the named schema of the server named by {@code CASELOAD_PG_URL}, created when
     * missing: a schema loaded by an earlier run is used again as it is (and migrated).
     */
    public static Storage postgresql(String schema) {
        return postgresql(schema, POOL_SIZE);
    }

    /** {@link #postgresql(String)} with a pool of at most {@code maxConnections} connections. */
    public static Storage postgresql(String schema, int maxConnections) {
        String url = url();
        try (Connection connection = dataSource(url).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        // A pool, as a deployment has: H2's small pool works over any ConnectionPoolDataSource; its
        // waiters are served in turn, as a deployment's pool serves them.
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource(inSchema(url, schema)));
        pool.setMaxConnections(maxConnections);
        return JdbcStorage.create(FairPool.of(pool, maxConnections));
    }

    /** A connection to the named schema of the server named by {@code CASELOAD_PG_URL}. */
    public static Connection postgresqlConnection(String schema) throws SQLException {
        return dataSource(inSchema(url(), schema)).getConnection();
    }

    private static String url() {
        String url = System.getenv("CASELOAD_PG_URL");
        if (url == null) {
            throw new IllegalStateException("set CASELOAD_PG_URL, CASELOAD_PG_USER and CASELOAD_PG_PASSWORD "
                    + "to benchmark PostgreSQL");
        }
        return url;
    }

    private static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static PGConnectionPoolDataSource dataSource(String url) {
        PGConnectionPoolDataSource dataSource = new PGConnectionPoolDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(System.getenv("CASELOAD_PG_USER"));
        dataSource.setPassword(System.getenv("CASELOAD_PG_PASSWORD"));
        return dataSource;
    }

    /** The most connections a PostgreSQL storage's pool opens: enough for 8 callers and a spare. */
    public static final int POOL_SIZE = 16;

    /** Releases what {@link #open()} took, where there is something to release. */
    public static void close(Storage storage) {
        if (storage instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the benchmark storage", e);
            }
        }
    }
}
