// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/**
 * The clients of every organization. Obtained from a {@link StorageSession}. A client comes back
 * exactly as it was written, every part of its {@link ClientRecord} included.
 */
public interface ClientStore {

    /**
     * Stores a new client with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a client with this id exists
     */
    ClientRecord insert(ClientRecord client);

    /**
     * Replaces a client whole, its aliases, addresses, form values and match keys included.
     * {@code client.version()} is the version the caller read; the stored record gets version + 1
     * and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no client has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    ClientRecord update(ClientRecord client);

    /** The client with this id, in any organization. */
    Optional<ClientRecord> findById(String id);

    /**
     * The clients that have at least one of the query's match keys, within its organizations,
     * ordered by the number of the query's keys they have (most first), then by id; at most
     * {@code query.limit()} of them.
     */
    List<ClientRecord> findByMatchKeys(MatchKeyQuery query);

    /**
     * The next page of clients of the scan's organizations, ordered by id (in the "C" collation:
     * by character code), after {@code scan.afterId()}; at most {@code scan.limit()} of them. Empty
     * when the walk is done.
     */
    List<ClientRecord> scan(ClientScan scan);
}
