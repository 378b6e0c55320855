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

    H2("H2", "h2", "VARCHAR"),

    /** Ids get the "C" collation, because text otherwise sorts by the database's locale. */
    POSTGRESQL("PostgreSQL", "postgresql", "VARCHAR COLLATE \"C\"");

    private final String productName;
    private final String migrationFolder;
    private final String idType;

    Dialect(String productName, String migrationFolder, String idType) {
        this.productName = productName;
        this.migrationFolder = migrationFolder;
        this.idType = idType;
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

    /** The classpath folder of the migrations only this database runs. */
    String migrationLocation() {
        return "classpath:db/caseload/" + migrationFolder;
    }

    /** The values of the placeholders in the shared migrations. */
    Map<String, String> placeholders() {
        return Map.of("id_type", idType);
    }
}
