// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;

/**
 * Services delivered to clients, and the catalog of service groups and types they are recorded
 * against. Obtained from {@code Caseload.serviceDeliveries()}; thread-safe. Defining the catalog
 * needs {@code casework.administer}; other reads need {@code client.read}, other changes
 * {@code client.write}.
 */
public interface ServiceDeliveryService {

    /**
     * Defines a service group of the caller's organization.
     *
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     */
    ServiceGroup defineGroup(DefineServiceGroup command);

    /**
     * Defines a service type in a group of the caller's organization.
     *
     * @throws org.caseload.spi.error.NotFoundException when the group does not exist or is another
     *         organization's
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     */
    ServiceType defineType(DefineServiceType command);

    /** The service groups of the caller's organization, by name, each with its types. */
    List<ServiceGroup> catalog();

    /**
     * Records a service delivered to a client.
     *
     * @throws org.caseload.spi.error.ValidationException when the value does not suit the type's
     *         unit, the enrollment is another client's, or the date is outside the enrollment
     * @throws org.caseload.spi.error.NotFoundException when the client, the type or the enrollment
     *         does not exist or the caller may not see it
     */
    ServiceDelivery record(RecordServiceDelivery command);

    /**
     * Corrects a delivery's value and date.
     *
     * @throws org.caseload.spi.error.ValidationException as for {@link #record}
     * @throws org.caseload.spi.error.NotFoundException when the delivery does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since the
     *         caller read it
     */
    ServiceDelivery correct(CorrectServiceDelivery command);

    /**
     * Deletes a delivery.
     *
     * @throws org.caseload.spi.error.NotFoundException when the delivery does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since the
     *         caller read it
     */
    void delete(DeleteServiceDelivery command);

    /**
     * The delivery with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not see it
     */
    ServiceDelivery get(String deliveryId);

    /**
     * A client's most recent deliveries that the caller may see: latest delivery date first.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    List<ServiceDelivery> deliveriesOf(HistoryRequest request);
}
