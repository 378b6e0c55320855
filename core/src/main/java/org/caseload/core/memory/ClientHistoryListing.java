// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.caseload.spi.storage.casework.ClientHistoryQuery;

/**
 * How records in a client's history (case notes, services delivered) are listed: the client's
 * records in the organizations asked for, by their date then creation time newest first, ties by id.
 *
 * @param <R> the record
 */
final class ClientHistoryListing<R> {

    private final Function<R, String> clientIdOf;
    private final Function<R, String> organizationIdOf;
    private final Comparator<R> newestFirst;

    ClientHistoryListing(Function<R, String> clientIdOf, Function<R, String> organizationIdOf,
                         Function<R, LocalDate> dateOf, Function<R, Instant> createdAtOf, Function<R, String> idOf) {
        this.clientIdOf = clientIdOf;
        this.organizationIdOf = organizationIdOf;
        this.newestFirst = Comparator.comparing(dateOf).thenComparing(createdAtOf).reversed().thenComparing(idOf);
    }

    List<R> select(Collection<R> records, ClientHistoryQuery query) {
        return records.stream()
                .filter(record -> clientIdOf.apply(record).equals(query.clientId()))
                .filter(record -> query.organizationIds().isEmpty()
                        || query.organizationIds().contains(organizationIdOf.apply(record)))
                .sorted(newestFirst)
                .limit(query.limit())
                .toList();
    }
}
