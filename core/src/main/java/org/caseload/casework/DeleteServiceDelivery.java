// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Deletes a service recorded by mistake.
 *
 * @param deliveryId      required
 * @param expectedVersion the version of the delivery the caller read
 */
public record DeleteServiceDelivery(@NotBlank String deliveryId, @Positive long expectedVersion) {

    /** Deletes the delivery as it was read. */
    public static DeleteServiceDelivery of(ServiceDelivery delivery) {
        return new DeleteServiceDelivery(delivery.id(), delivery.version());
    }
}
