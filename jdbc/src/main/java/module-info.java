// SPDX-License-Identifier: Apache-2.0
/**
 * A {@code Storage} over JDBC, on H2 or PostgreSQL; Flyway migrates the schema. The host brings
 * the driver (and, for PostgreSQL, Flyway's PostgreSQL support).
 */
module org.caseload.jdbc {
    // JdbcStorage implements the SPI's Storage and takes a javax.sql.DataSource.
    requires transitive org.caseload.spi;
    requires transitive java.sql;

    // Flyway's jar names no module: this is the name derived from its file name.
    requires flyway.core;

    exports org.caseload.jdbc;
}
