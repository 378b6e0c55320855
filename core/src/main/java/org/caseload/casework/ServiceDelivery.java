// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service delivered to a client, as a caller sees it.
 *
 * @param id             the delivery id
 * @param organizationId the organization that delivered it
 * @param clientId       the client
 * @param enrollmentId   the enrollment it was delivered within; may be null
 * @param type           the type of service, with its unit
 * @param value          how much, in the type's unit, with two decimals
 * @param deliveredOn    the day it was delivered
 * @param recordedBy     the user who recorded it
 * @param createdAt      when it was recorded
 * @param updatedAt      when it last changed
 * @param version        the version, to name when correcting or deleting it
 */
public record ServiceDelivery(
        String id,
        String organizationId,
        String clientId,
        String enrollmentId,
        ServiceType type,
        BigDecimal value,
        LocalDate deliveredOn,
        String recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
