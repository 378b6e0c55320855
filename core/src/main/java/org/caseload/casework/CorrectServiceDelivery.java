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
 * Corrects the value and date of a recorded service, under the rules of
 * {@link RecordServiceDelivery}.
 *
 * @param deliveryId      required
 * @param expectedVersion the version of the delivery the caller read
 * @param value           required, as in {@link RecordServiceDelivery}
 * @param deliveredOn     required, as in {@link RecordServiceDelivery}
 */
public record CorrectServiceDelivery(
        @NotBlank String deliveryId,
        @Positive long expectedVersion,
        @NotNull @Positive @Digits(integer = RecordServiceDelivery.INTEGER_DIGITS,
                fraction = RecordServiceDelivery.FRACTION_DIGITS) BigDecimal value,
        @NotNull @PastOrPresent LocalDate deliveredOn) {
}
