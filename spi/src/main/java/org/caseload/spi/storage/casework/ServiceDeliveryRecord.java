// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored service delivered to a client: so much of a service type on a date.
 *
 * <p>The value is kept with exactly {@value #SCALE} decimals ({@code 12.5} is kept as
 * {@code 12.50}), so that it reads back equal on every storage.
 *
 * @param id             required
 * @param organizationId the organization that delivered it; required
 * @param clientId       required
 * @param enrollmentId   the enrollment it was delivered within; may be null
 * @param serviceTypeId  required
 * @param value          required; at most {@value #INTEGER_DIGITS} digits before the decimal point
 *                       and {@value #SCALE} after
 * @param deliveredOn    required
 * @param recordedBy     the user who recorded it; required
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ServiceDeliveryRecord(
        String id,
        String organizationId,
        String clientId,
        String enrollmentId,
        String serviceTypeId,
        BigDecimal value,
        LocalDate deliveredOn,
        String recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The decimals a value is kept with. */
    public static final int SCALE = 2;
    /** The most digits a value has before its decimal point. */
    public static final int INTEGER_DIGITS = 13;

    public ServiceDeliveryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(serviceTypeId, "serviceTypeId");
        value = normalized(Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This delivery with another value and date, changed at {@code at}, still at the version it was read. */
    public ServiceDeliveryRecord withValue(BigDecimal newValue, LocalDate newDeliveredOn, Instant at) {
        return new ServiceDeliveryRecord(id, organizationId, clientId, enrollmentId, serviceTypeId, newValue,
                newDeliveredOn, recordedBy, createdAt, at, version);
    }

    /** This record with another version, as a store returns it after a write. */
    public ServiceDeliveryRecord withVersion(long newVersion) {
        return new ServiceDeliveryRecord(id, organizationId, clientId, enrollmentId, serviceTypeId, value,
                deliveredOn, recordedBy, createdAt, updatedAt, newVersion);
    }

    private static BigDecimal normalized(BigDecimal value) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a service value has at most " + SCALE + " decimals, was " + value, e);
        }
        if (scaled.precision() - scaled.scale() > INTEGER_DIGITS) {
            throw new IllegalArgumentException("a service value has at most " + INTEGER_DIGITS
                    + " digits before the decimal point, was " + value);
        }
        return scaled;
    }

    /** This delivery moved to another client, as a merge moves it; nothing else changes. */
    public ServiceDeliveryRecord withClientId(String newClientId) {
        return new ServiceDeliveryRecord(id, organizationId, newClientId, enrollmentId, serviceTypeId, value,
                deliveredOn, recordedBy, createdAt, updatedAt, version);
    }
}
