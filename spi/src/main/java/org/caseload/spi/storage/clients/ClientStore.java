// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import org.caseload.spi.storage.StorageSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * Stores new clients with version 1, as {@link #insert} does each, and returns them as stored,
     * in the order given. A bulk load's path: a store may write them all in a few statements
     * rather than a few per client. On failure the caller's unit of work is rolled back whole.
     *
     * @throws org.caseload.spi.error.StorageException when a client with one of these ids exists,
     *         or two of them share an id
     */
    default List<ClientRecord> insertAll(List<ClientRecord> clients) {
        List<ClientRecord> stored = new ArrayList<>(clients.size());
        for (ClientRecord client : clients) {
            stored.add(insert(client));
        }
        return stored;
    }

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
     * ordered by the number of the query's keys they have (most first; its match keys and its
     * {@linkplain MatchKeyQuery#rankingKeys ranking keys} count alike, each once), then by id; at
     * most {@code query.limit()} of them.
     */
    List<ClientRecord> findByMatchKeys(MatchKeyQuery query);

    /**
     * The clients {@link #findByMatchKeys} finds, in its order, each {@linkplain
     * ClientRecord#withoutMatchKeys without its match keys}: what scoring candidates needs. A store
     * that keeps the keys apart saves reading every candidate's keys.
     */
    default List<ClientRecord> findCandidatesByMatchKeys(MatchKeyQuery query) {
        return findByMatchKeys(query).stream().map(ClientRecord::withoutMatchKeys).toList();
    }

    /**
     * How many clients hold each key, in every organization, merged and restricted clients
     * included, counted up to {@code atMost}: a key held by more clients maps to {@code atMost}.
     * Every key given is in the map, those no client holds with 0. Lets a caller tell the keys
     * too common to select candidates by from the selective ones before a
     * {@link #findByMatchKeys} lookup; a count must cost no more than reading {@code atMost}
     * index entries.
     *
     * @param keys   the keys to count
     * @param atMost where counting stops, at least 1
     */
    Map<String, Integer> countByMatchKeys(Set<String> keys, int atMost);

    /**
     * The next page of clients of the scan's organizations, ordered by id (in the "C" collation:
     * by character code), after {@code scan.afterId()}; at most {@code scan.limit()} of them. Empty
     * when the walk is done.
     */
    List<ClientRecord> scan(ClientScan scan);
}
