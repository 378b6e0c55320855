// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Links between clients known to be one person. Obtained from a {@link StorageSession}. */
public interface ClientLinkStore {

    /**
     * Stores a new link.
     *
     * @throws org.caseload.spi.error.StorageException when a link with this id, or between these two
     *         clients, exists
     */
    void insert(ClientLinkRecord link);

    /**
     * Removes a link.
     *
     * @throws org.caseload.spi.error.NotFoundException when no link has this id
     */
    void delete(String id);

    /** The link with this id. */
    Optional<ClientLinkRecord> findById(String id);

    /** The links of a client, on either side, ordered by id. */
    List<ClientLinkRecord> findByClient(String clientId);

    /** The links made in these organizations (every one when empty), ordered by id. */
    List<ClientLinkRecord> findByOrganizations(Set<String> organizationIds);
}
