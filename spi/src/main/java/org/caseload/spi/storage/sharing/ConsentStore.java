// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

import org.caseload.spi.storage.StorageSession;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Clients' releases of information and refusals. Obtained from a {@link StorageSession}. Decisions
 * are never deleted: one that stops applying is revoked, and stays on record.
 */
public interface ConsentStore {

    /**
     * Stores a new decision with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a decision with this id exists
     */
    ConsentRecord insert(ConsentRecord consent);

    /**
     * Replaces a decision. {@code consent.version()} is the version the caller read; the stored
     * record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no decision has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    ConsentRecord update(ConsentRecord consent);

    Optional<ConsentRecord> findById(String id);

    /** Every decision of a client, revoked ones included, oldest recorded first (then by id). */
    List<ConsentRecord> findByClient(String clientId);

    /**
     * Every decision about one organization of any of these clients, revoked ones included, oldest
     * recorded first (then by id). An empty collection selects nothing.
     */
    List<ConsentRecord> findByClientsFor(Collection<String> clientIds, String organizationId);
}
