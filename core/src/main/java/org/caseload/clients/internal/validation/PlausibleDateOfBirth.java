// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The annotated date of birth is neither after today, by the runtime's clock and in its time
 * zone, nor before {@value #EARLIEST}. Null is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDateOfBirth.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PlausibleDateOfBirth {

    /** The earliest date of birth accepted. */
    String EARLIEST = "1900-01-01";

    String message() default "{caseload.client.dateOfBirth.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlausibleDateOfBirth}. */
    final class Validator implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {

        private static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST);

        @Override
        public boolean isValid(LocalDate dateOfBirth, ConstraintValidatorContext context) {
            if (dateOfBirth == null) {
                return true;
            }
            Clock clock = context.getClockProvider().getClock();
            String problem = dateOfBirth.isAfter(LocalDate.now(clock)) ? "future"
                    : dateOfBirth.isBefore(EARLIEST_DATE) ? "before1900"
                    : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{caseload.client.dateOfBirth." + problem + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
