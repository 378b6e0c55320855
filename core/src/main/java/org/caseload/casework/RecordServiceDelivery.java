// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Records a service delivered to a client.
 *
 * @param clientId      required
 * @param enrollmentId  one of the client's enrollments the service was delivered within; optional;
 *                      the delivery date then falls between its entry and exit dates
 * @param serviceTypeId required
 * @param value         how much, in the type's unit; required, positive, at most
 *                      {@value #INTEGER_DIGITS} digits before the decimal point and
 *                      {@value #FRACTION_DIGITS} after; a whole number for time (minutes) and count
 * @param deliveredOn   required, not in the future
 */
public record RecordServiceDelivery(
        @NotBlank String clientId,
        String enrollmentId,
        @NotBlank String serviceTypeId,
        @NotNull @Positive @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal value,
        @NotNull @PastOrPresent LocalDate deliveredOn) {

    /** The most digits a value has before its decimal point. */
    public static final int INTEGER_DIGITS = 13;
    /** The most digits a value has after its decimal point. */
    public static final int FRACTION_DIGITS = 2;
}
