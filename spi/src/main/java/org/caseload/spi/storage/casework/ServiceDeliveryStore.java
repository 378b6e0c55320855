// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import org.caseload.spi.storage.StorageSession;

import java.util.List;
import java.util.Optional;

/** Services delivered to clients. Obtained from a {@link StorageSession}. */
public interface ServiceDeliveryStore {

    /**
     * Stores a new delivery with version 1 and returns it as stored.
     *
     * @throws org.caseload.spi.error.StorageException when a delivery with this id exists
     */
    ServiceDeliveryRecord insert(ServiceDeliveryRecord delivery);

    /**
     * Replaces a delivery. {@code delivery.version()} is the version the caller read; the stored
     * record gets version + 1 and is returned.
     *
     * @throws org.caseload.spi.error.NotFoundException when no delivery has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    ServiceDeliveryRecord update(ServiceDeliveryRecord delivery);

    /**
     * Removes a delivery.
     *
     * @param expectedVersion the version the caller read
     * @throws org.caseload.spi.error.NotFoundException when no delivery has this id
     * @throws org.caseload.spi.error.ConcurrentModificationException when the stored version differs
     */
    void delete(String id, long expectedVersion);

    /** The delivery with this id, in any organization. */
    Optional<ServiceDeliveryRecord> findById(String id);

    /**
     * A client's deliveries as the query selects them: latest delivery date first, then latest
     * created first, then by id.
     */
    List<ServiceDeliveryRecord> findByClient(ClientHistoryQuery query);
}
