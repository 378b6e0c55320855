// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database's schema to the version this library was built with, using Flyway and the
 * versioned SQL under {@code db/caseload-schema/}. Several nodes may start at once: Flyway serializes
 * them with a database lock.
 */
final class SchemaMigration {

    /** Flyway's history table, named so that it cannot clash with a host's own Flyway history. */
    static final String HISTORY_TABLE = "caseload_schema_history";

    private static final String SHARED_LOCATION = "classpath:db/caseload-schema/common";

    private final Flyway flyway;

    SchemaMigration(DataSource dataSource, Dialect dialect) {
        this.flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SHARED_LOCATION, dialect.migrationLocation())
                .placeholders(dialect.placeholders())
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true)
                // Flyway ignores migrations it does not know by default; a schema that a newer
                // release wrote must instead stop this one, even if it appears during the check.
                .ignoreMigrationPatterns(new String[0])
                .load();
    }

    /**
     * Refuses a schema newer than this library, then applies the pending migrations.
     *
     * @throws ConfigurationException when the schema is newer than this library, or its history
     *                                does not match this library's migrations
     * @throws StorageException       when the database fails during the migration
     */
    void migrate() {
        try {
            refuseNewerSchema(flyway.info());
            flyway.migrate();
        } catch (FlywayException e) {
            if (causedBySql(e)) {
                throw new StorageException("could not migrate the caseload schema", e);
            }
            throw new ConfigurationException("the caseload schema in this database does not match this version of "
                    + "caseload-jdbc: " + e.getMessage(), e);
        }
    }

    private static void refuseNewerSchema(MigrationInfoService info) {
        Optional<MigrationVersion> newestApplied = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
        if (newestApplied.isPresent()) {
            MigrationVersion newestKnown = Arrays.stream(info.all())
                    .filter(m -> m.getState().isResolved())
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            throw new ConfigurationException("the caseload schema in this database is at version "
                    + newestApplied.get() + ", newer than version " + newestKnown
                    + ", the newest this caseload-jdbc knows: a newer release of Caseload has upgraded it; "
                    + "run that release or a later one against this database");
        }
    }

    private static boolean causedBySql(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
