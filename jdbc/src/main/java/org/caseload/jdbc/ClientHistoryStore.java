// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/**
 * What the stores of a client's history (case notes, services delivered) share over their
 * {@link ClientHistoryTable}: insert at version 1, update to the next version, delete at the
 * version read, find by id and list a client's records. A store extends this, implements its SPI
 * interface and adds only the binding and reading of its columns.
 *
 * @param <R> the record
 */
abstract class ClientHistoryStore<R> {

    private final ClientHistoryTable<R> table;
    private final BiFunction<R, Long, R> withVersion;
    private final String listed;

    /**
     * @param withVersion a record at another version
     * @param listed      what a client's listing reads, for failure messages, such as {@code case notes of client}
     */
    ClientHistoryStore(ClientHistoryTable<R> table, BiFunction<R, Long, R> withVersion, String listed) {
        this.table = table;
        this.withVersion = withVersion;
        this.listed = listed;
    }

    public R insert(R record) {
        R stored = withVersion.apply(record, 1L);
        table.insert(stored);
        return stored;
    }

    public R update(R record) {
        table.update(record);
        return withVersion.apply(record, table.versionOf(record) + 1);
    }

    public void delete(String id, long expectedVersion) {
        table.delete(id, expectedVersion);
    }

    public Optional<R> findById(String id) {
        return table.findById(id);
    }

    public List<R> findByClient(ClientHistoryQuery query) {
        return table.findByClient(query, "list the " + listed + " " + query.clientId());
    }
}
