// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.UUID;
import org.caseload.spi.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * H2 and Flyway's PostgreSQL support are the host's to bring: what happens with them on the path,
 * and the precise error without them. A class loader that sees only the JDK stands for a host
 * that left them out.
 */
class OptionalDatabaseSupportTest {

    /** Sees the JDK's classes and nothing of the class path. */
    private static final ClassLoader JDK_ONLY = new ClassLoader(null) { };

    @Test
    void anH2PoolIsFoundAtRunTimeAndDisposed() throws Exception {
        H2ConnectionPool pool = H2ConnectionPool.open("jdbc:h2:mem:pool-" + UUID.randomUUID(), "JdbcStorage.inMemory",
                getClass().getClassLoader());
        try (Connection connection = pool.dataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }

        pool.dispose();

        assertThatThrownBy(() -> pool.dataSource().getConnection()).hasMessageContaining("disposed");
    }

    @Test
    void askingForH2WithoutTheDriverNamesTheCallerAndTheArtifact() {
        assertThatThrownBy(() -> H2ConnectionPool.open("jdbc:h2:mem:absent", "JdbcStorage.embedded", JDK_ONLY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("JdbcStorage.embedded needs the H2 database driver (com.h2database:h2, 2.x)")
                .hasMessageContaining("not on the class path or module path")
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void postgresqlWithoutFlywaysSupportNamesTheArtifact() {
        assertThatThrownBy(() -> Dialect.POSTGRESQL.requireFlywaySupport(JDK_ONLY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("caseload-jdbc on PostgreSQL needs")
                .hasMessageContaining("org.flywaydb:flyway-database-postgresql");
    }

    @Test
    void postgresqlWithFlywaysSupportPasses() {
        Dialect.POSTGRESQL.requireFlywaySupport(getClass().getClassLoader());
    }

    @Test
    void h2NeedsNothingBeyondFlywayCore() {
        Dialect.H2.requireFlywaySupport(JDK_ONLY);
    }
}
