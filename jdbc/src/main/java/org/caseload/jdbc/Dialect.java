// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.Map;
import org.caseload.spi.error.ConfigurationException;

/**
 * The databases this storage runs on, and everything that differs between them. The stores'
 * statements are the SQL that both share; only the schema differs, through the migration folder
 * and the placeholders named here.
 */
enum Dialect {

    /** Flyway's H2 support is part of flyway-core. */
    H2("H2", "h2", "VARCHAR", null, null),

    /** Ids get the "C" collation, because text otherwise sorts by the database's locale. */
    POSTGRESQL("PostgreSQL", "postgresql", "VARCHAR COLLATE \"C\"",
            "org.flywaydb.database.postgresql.PostgreSQLDatabaseType", "org.flywaydb:flyway-database-postgresql");

    private final String productName;
    private final String migrationFolder;
    private final String idType;
    private final String flywaySupportClass;
    private final String flywaySupportArtifact;

    Dialect(String productName, String migrationFolder, String idType, String flywaySupportClass,
            String flywaySupportArtifact) {
        this.productName = productName;
        this.migrationFolder = migrationFolder;
        this.idType = idType;
        this.flywaySupportClass = flywaySupportClass;
        this.flywaySupportArtifact = flywaySupportArtifact;
    }

    /**
     * The dialect of a database, from the product name its driver reports.
     *
     * @throws ConfigurationException for a database this storage does not support
     */
    static Dialect ofProduct(String databaseProductName) {
        for (Dialect dialect : values()) {
            if (dialect.productName.equals(databaseProductName)) {
                return dialect;
            }
        }
        throw new ConfigurationException("caseload-jdbc runs on H2 or PostgreSQL; the DataSource connects to "
                + databaseProductName);
    }

    /**
     * Checks that Flyway can migrate this database. Its support for a database other than H2 is an
     * artifact of its own, which the host brings; without it Flyway's own failure would not say so.
     *
     * @param loader where to look for Flyway's support
     * @throws ConfigurationException when the support is missing
     */
    void requireFlywaySupport(ClassLoader loader) {
        if (flywaySupportClass == null) {
            return;
        }
        try {
            Class.forName(flywaySupportClass, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("caseload-jdbc on " + productName + " needs Flyway's support for it, "
                    + flywaySupportArtifact + " (the version of the host's flyway-core), which is not on the "
                    + "class path or module path: add it to the host's dependencies", e);
        }
    }

    /** The classpath folder of the migrations only this database runs. */
    String migrationLocation() {
        return "classpath:db/caseload-schema/" + migrationFolder;
    }

    /** The values of the placeholders in the shared migrations. */
    Map<String, String> placeholders() {
        return Map.of("id_type", idType);
    }
}
