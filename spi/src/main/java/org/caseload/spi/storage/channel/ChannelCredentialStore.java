// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.channel;

import java.util.List;
import java.util.Optional;

/**
 * The vendor's channel credentials, one row per credential issued. Versioned like every stored
 * record: {@link #update} names the version it read.
 */
public interface ChannelCredentialStore {

    /**
     * Stores a new credential as version 1.
     *
     * @return the stored credential
     * @throws org.caseload.spi.error.StorageException when its id is taken
     */
    ChannelCredentialRecord insert(ChannelCredentialRecord credential);

    /**
     * Stores a changed credential (its first use, its revocation).
     *
     * @return the stored credential, its version one more than the one read
     * @throws org.caseload.spi.error.NotFoundException when it does not exist
     * @throws org.caseload.spi.error.ConcurrentModificationException when its stored version is not the one read
     */
    ChannelCredentialRecord update(ChannelCredentialRecord credential);

    /** The credential with this id, active or revoked. */
    Optional<ChannelCredentialRecord> findById(String id);

    /** Every credential of the organization, active and revoked, oldest issued first (then by id). */
    List<ChannelCredentialRecord> findByOrganization(String organizationId);
}
