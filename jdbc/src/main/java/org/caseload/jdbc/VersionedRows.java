// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.function.BooleanSupplier;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;

/**
 * The optimistic-locking decision every JDBC store with versioned rows shares. An update or delete
 * names the version it read in its {@code WHERE ... AND version = ?}; when it changed no row, the
 * row is either gone ({@link NotFoundException}) or newer than what the caller read
 * ({@link ConcurrentModificationException}).
 */
final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Passes when {@code changed} rows were changed; otherwise throws why not.
     *
     * @param recordType the record type named in the exception, such as {@code caseNote}
     * @param key        the record's key as named in the exception
     * @param version    the version the caller read
     * @param exists     whether a row with this key exists now, asked only when nothing changed
     */
    static void requireChanged(int changed, String recordType, String key, long version, BooleanSupplier exists) {
        if (changed == 0) {
            throw exists.getAsBoolean()
                    ? new ConcurrentModificationException(recordType, key, version)
                    : new NotFoundException(recordType, key);
        }
    }
}
